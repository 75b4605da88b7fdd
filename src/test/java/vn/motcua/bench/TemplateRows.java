package vn.motcua.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of a real engine run, copied many times with PostgreSQL COPY: each copy gets its own ids
 * (every value that is one of the template's ids gets the copy's suffix, wherever it appears:
 * keys, foreign keys, business keys) and its times moved by whole days. How benchmarks load a
 * province's volume in minutes instead of days, yet with rows the engine and our code wrote.
 */
record TemplateRows(String name, List<String> columns, List<Object[]> rows) {

    /** Columns whose values are engine ids: they are renamed in each copy. */
    private static final Set<String> ENGINE_IDS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_",
            "execution_id_", "act_inst_id_", "parent_task_id_", "task_id_", "parent_id_", "process_instance_id_");

    /** Rows of one table whose {@code keyColumn} is one of the keys. */
    static TemplateRows of(JdbcClient jdbc, String name, String keyColumn, Collection<String> keys) {
        List<String> columns = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<String> all = List.copyOf(keys);
        for (int i = 0; i < all.size(); i += 500) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + 500));
            jdbc.sql("SELECT * FROM " + name + " WHERE " + keyColumn + " IN (:keys)").param("keys", chunk)
                    .query(rs -> {
                        var meta = rs.getMetaData();
                        if (columns.isEmpty()) {
                            for (int c = 1; c <= meta.getColumnCount(); c++) {
                                columns.add(meta.getColumnName(c));
                            }
                        }
                        Object[] row = new Object[meta.getColumnCount()];
                        for (int c = 0; c < row.length; c++) {
                            row[c] = rs.getObject(c + 1);
                        }
                        rows.add(row);
                    });
        }
        return new TemplateRows(name, columns, rows);
    }

    /** Adds the engine ids of these rows (row ids, instance, execution, task ids) to those renamed per copy. */
    void collectIds(Set<String> ids) {
        for (Object[] row : rows) {
            for (int c = 0; c < columns.size(); c++) {
                if (row[c] instanceof String value && ENGINE_IDS.contains(columns.get(c))) {
                    ids.add(value);
                }
            }
        }
    }

    /**
     * Copies {@code from} (inclusive) to {@code to} (exclusive) of every table, one COPY per
     * table; the copies of one call are written in memory first, so keep a call to some 10^5 rows.
     */
    static void copy(Connection connection, List<TemplateRows> tables, int from, int to, IntFunction<String> suffix,
                     IntToLongFunction shiftDays, Set<String> ids) throws SQLException {
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (TemplateRows table : tables) {
                StringWriter out = new StringWriter();
                for (int c = from; c < to; c++) {
                    table.write(out, suffix.apply(c), shiftDays.applyAsLong(c), ids);
                }
                copy.copyIn("COPY " + table.name + " (" + String.join(", ", table.columns) + ") FROM STDIN",
                        new StringReader(out.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Writer out, String suffix, long shiftDays, Set<String> ids) throws IOException {
        for (Object[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    out.write('\t');
                }
                out.write(text(row[c], suffix, shiftDays, ids));
            }
            out.write('\n');
        }
    }

    /**
     * A copy's id: the template's with the copy's suffix; an engine id too long for that
     * (activity instance ids are "activity:uuid") is shortened to its hash first.
     */
    private static String copyId(String templateId, String suffix) {
        return templateId.length() + suffix.length() <= 40 ? templateId + suffix
                : "x" + Integer.toHexString(templateId.hashCode()) + templateId.substring(templateId.length() - 12)
                        + suffix;
    }

    /** A value in COPY's text format. */
    private static String text(Object value, String suffix, long shiftDays, Set<String> ids) {
        if (value == null) {
            return "\\N";
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().plusDays(shiftDays).toString();
        }
        if (value instanceof Date d) {
            return d.toLocalDate().plusDays(shiftDays).toString();
        }
        if (value instanceof String s) {
            String mapped = ids.contains(s) ? copyId(s, suffix) : s;
            return mapped.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
        }
        if (value instanceof byte[]) {
            return "\\N";
        }
        return value.toString();
    }
}
