package vn.motcua.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.postgresql.PGConnection;
import vn.motcua.dossier.SearchTerms;

/**
 * A year of a province's dossiers as rows, written with PostgreSQL COPY: realistic Vietnamese
 * names with diacritics, 12-digit citizen ID numbers, mobile numbers, the shipped agencies and
 * procedures, statuses and dates as a year's work leaves them (most resolved and returned, some
 * pending, a few refused, withdrawn or stopped), and their search terms as intake writes them
 * ({@code dossier_search_term}). Seeded, so every run loads the same rows. The rows have no
 * engine process behind them: lists and searches read only our tables.
 */
final class SyntheticDossiers {

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Mai");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc",
            "Xuân", "Thu", "Hoài", "Bảo", "Kim", "Công", "Gia");
    private static final List<String> GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hiếu",
            "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Ngân", "Phúc", "Phương", "Quang",
            "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến", "Đạt", "Ánh",
            "Khoa", "Nhung", "Tú", "Hậu", "Lộc", "Uyên");
    private static final List<String> HAMLETS = List.of("Phước Lộc", "Phước Thạnh", "Tân Hòa", "Bình Minh",
            "Thuận An", "Long Điền", "Mỹ Hưng", "Đông Hòa");
    /** Receiving agencies and their share of the dossiers (communes receive most). */
    private static final List<Map.Entry<String, Integer>> AGENCY_PERCENT = List.of(Map.entry("XPV", 45),
            Map.entry("PTH", 35), Map.entry("SXD", 10), Map.entry("SYT", 5), Map.entry("STC", 5));
    private static final List<String> CHANNELS = List.of("DESK", "DESK", "ONLINE", "ONLINE", "POST");
    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final List<String> COLUMNS = List.of("code", "procedure_code", "process_definition_id", "agency_code",
            "channel", "status", "applicant_name", "applicant_id_number", "applicant_phone", "applicant_address",
            "received_at", "count_from", "original_due_at", "due_at", "resolved_at", "result", "timeliness",
            "returned_at", "closed_at", "created_by");

    private final Map<String, String> definitionOfProcedure;
    private final Random random = new Random(20261208L);

    /** @param definitionOfProcedure a deployed process definition per procedure code (the rows refer to one) */
    SyntheticDossiers(Map<String, String> definitionOfProcedure) {
        this.definitionOfProcedure = definitionOfProcedure;
    }

    /**
     * Loads {@code count} dossiers received over the 365 days before {@code today}, oldest day
     * first, one COPY per day; answers how many were loaded.
     */
    int load(Connection connection, int count, LocalDate today) throws SQLException {
        List<String> procedures = definitionOfProcedure.keySet().stream().sorted().toList();
        int loaded = 0;
        for (int day = 365; day >= 1; day--) {
            int ofDay = (int) ((long) count * (366 - day) / 365) - loaded;
            StringBuilder rows = new StringBuilder(ofDay * 300);
            StringBuilder terms = new StringBuilder(ofDay * 120);
            Map<String, Integer> numbers = new HashMap<>();
            LocalDate date = today.minusDays(day);
            for (int i = 0; i < ofDay; i++) {
                String agency = agency();
                int number = numbers.merge(agency, 1, Integer::sum);
                String code = agency + "-" + date.format(CODE_DAY) + "-" + String.format("%04d", number);
                String name = name();
                row(rows, code, name, agency, procedures.get(random.nextInt(procedures.size())), date, day);
                for (String term : SearchTerms.of(code, name)) {
                    fields(terms, term, code);
                }
            }
            copy(connection, "dossier (" + String.join(", ", COLUMNS) + ")", rows.toString());
            copy(connection, "dossier_search_term (term, dossier_code)", terms.toString());
            loaded += ofDay;
        }
        return loaded;
    }

    private void row(StringBuilder out, String code, String name, String agency, String procedure, LocalDate day,
                     int daysAgo) {
        LocalDateTime received = day.atTime(7 + random.nextInt(10), random.nextInt(60), random.nextInt(60));
        LocalDateTime due = received.plusDays(3 + random.nextInt(20));
        int roll = random.nextInt(100);
        // older dossiers are finished; some of the last month's are still open
        int status = daysAgo > 30 || roll < 60 ? (roll % 10 < 7 ? 10 : 9)
                : new int[] {2, 4, 4, 4, 5, 6, 3, 7, 8}[random.nextInt(9)];
        boolean resolved = status >= 9;
        LocalDateTime resolvedAt = resolved ? received.plusDays(1 + random.nextInt(25)) : null;
        String timeliness = !resolved ? null
                : resolvedAt.toLocalDate().isBefore(due.toLocalDate()) ? "EARLY"
                : resolvedAt.toLocalDate().equals(due.toLocalDate()) ? "ON_TIME" : "LATE";
        LocalDateTime closed = status == 3 || status == 7 || status == 8 ? received.plusDays(random.nextInt(5)) : null;
        String hamlet = HAMLETS.get(random.nextInt(HAMLETS.size()));
        fields(out, code, procedure, definitionOfProcedure.get(procedure), agency,
                CHANNELS.get(random.nextInt(CHANNELS.size())), status, name, idNumber(), phone(),
                "Thôn " + hamlet + ", xã Phước Vĩnh", received, received, due, due, resolvedAt,
                resolved ? "APPROVED" : null, timeliness, status == 10 ? resolvedAt.plusDays(random.nextInt(4)) : null,
                closed, "reception");
    }

    private static void fields(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(values[i] == null ? "\\N" : values[i].toString());
        }
        out.append('\n');
    }

    private String agency() {
        int roll = random.nextInt(100);
        for (Map.Entry<String, Integer> share : AGENCY_PERCENT) {
            roll -= share.getValue();
            if (roll < 0) {
                return share.getKey();
            }
        }
        return "XPV";
    }

    private String name() {
        return FAMILY.get(random.nextInt(FAMILY.size())) + " " + MIDDLE.get(random.nextInt(MIDDLE.size())) + " "
                + GIVEN.get(random.nextInt(GIVEN.size()));
    }

    /** The 12-digit citizen ID: province, century and sex, year of birth, serial. */
    private String idNumber() {
        return String.format("0%02d%d%02d%06d", 1 + random.nextInt(96), random.nextInt(4), random.nextInt(100),
                random.nextInt(1_000_000));
    }

    private String phone() {
        return "0" + (random.nextBoolean() ? "9" : "3") + String.format("%08d", random.nextInt(100_000_000));
    }

    /** @param table the table and its columns, as COPY names them */
    private static void copy(Connection connection, String table, String rows) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN",
                    new StringReader(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
