package vn.motcua.procedure.process;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.motcua.agency.AgencyKind;
import vn.motcua.procedure.OnlineLevel;
import vn.motcua.procedure.Procedure;
import vn.motcua.shared.LocalizedText;

/**
 * A procedure folder's {@code procedure.yml}: the catalogue metadata and the BPMN files of
 * its versions, oldest first, each with the day its rules enter into force.
 */
record ProcedureFile(Procedure metadata, List<VersionFile> versions) {

    record VersionFile(String file, LocalDate effectiveFrom) {
    }

    /** More than any fee of a one-stop procedure: a typo's extra zeros, not a fee. */
    static final long MAX_FEE_VND = 1_000_000_000L;
    /** The fee's code in the national fee catalogue (MaPhiLePhi). */
    private static final Pattern FEE_CODE = Pattern.compile("[A-Za-z0-9._-]{1,50}");
    /** A bank or State Treasury account number (TKThuHuong): digits, letters, dots or dashes. */
    private static final Pattern FEE_ACCOUNT = Pattern.compile("[A-Za-z0-9.-]{6,34}");


    static ProcedureFile read(InputStream yaml, String source) throws IOException {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (root == null) {
            throw new IOException(source + " is empty");
        }
        try {
            Map<String, Object> fee = map(root, "fee");
            long amount = feeAmount(fee);
            String feeCode = feeField(fee, "code", amount, FEE_CODE);
            String feeAccount = feeField(fee, "beneficiaryAccount", amount, FEE_ACCOUNT);
            Procedure procedure = new Procedure(text(root, "code"), text(root, "processKey"),
                    localized(root, "name"), localized(root, "field"), localized(root, "responsibleAgency"),
                    AgencyKind.valueOf(text(root, "receivingLevel")), OnlineLevel.valueOf(text(root, "onlineLevel")),
                    amount, localized(fee, "note"), feeCode, feeAccount,
                    list(root, "requiredDocuments").stream().map(ProcedureFile::localized).toList(),
                    List.of());
            List<VersionFile> versions = list(root, "versions").stream().map(ProcedureFile::versionFile).toList();
            if (versions.isEmpty()) {
                throw new IOException(source + ": versions lists no BPMN file");
            }
            return new ProcedureFile(procedure, versions);
        } catch (RuntimeException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }

    private static long feeAmount(Map<String, Object> fee) {
        Object amount = fee.get("amountVnd");
        if (!(amount instanceof Integer || amount instanceof Long)) {
            throw new IllegalArgumentException("fee.amountVnd must be a whole number of đồng: " + amount);
        }
        long vnd = ((Number) amount).longValue();
        if (vnd < 0 || vnd > MAX_FEE_VND) {
            throw new IllegalArgumentException("fee.amountVnd must be between 0 and " + MAX_FEE_VND + ": " + vnd);
        }
        return vnd;
    }

    /**
     * A fee's code or account: required, in its shape, when the procedure charges; absent when it is
     * free (an account on a free procedure is a mistake, not a harmless extra).
     */
    private static String feeField(Map<String, Object> fee, String key, long amount, Pattern shape) {
        Object value = fee.get(key);
        if (amount == 0) {
            if (value != null) {
                throw new IllegalArgumentException("fee." + key + " is given but fee.amountVnd is 0");
            }
            return null;
        }
        if (value == null) {
            throw new IllegalArgumentException("missing fee." + key + " (the procedure charges a fee)");
        }
        String text = String.valueOf(value);
        if (!shape.matcher(text).matches()) {
            throw new IllegalArgumentException("fee." + key + " must match " + shape + ": " + text);
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    private static VersionFile versionFile(Object entry) {
        if (!(entry instanceof Map)) {
            throw new IllegalArgumentException("a version must be {file: ..., effectiveFrom: YYYY-MM-DD}: " + entry);
        }
        Map<String, Object> version = (Map<String, Object>) entry;
        Object effective = version.get("effectiveFrom");
        LocalDate effectiveFrom = effective instanceof Date date
                ? date.toInstant().atZone(ZoneOffset.UTC).toLocalDate()
                : LocalDate.parse(text(version, "effectiveFrom"));
        return new VersionFile(text(version, "file"), effectiveFrom);
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(key + " must be a mapping");
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value instanceof List ? (List<Object>) value : List.of();
    }

    private static LocalizedText localized(Map<String, Object> map, String key) {
        return localized(map.get(key));
    }

    @SuppressWarnings("unchecked")
    private static LocalizedText localized(Object value) {
        if (value instanceof Map<?, ?> texts) {
            Map<String, Object> m = (Map<String, Object>) texts;
            return new LocalizedText(text(m, "vi"), text(m, "en"));
        }
        throw new IllegalArgumentException("expected {vi: ..., en: ...} but found " + value);
    }
}
