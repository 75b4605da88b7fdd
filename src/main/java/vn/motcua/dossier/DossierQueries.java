package vn.motcua.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.motcua.shared.PageRequest;

/**
 * The SQL of the paged dossier lists (the desk's and the dossier search), built in one place so
 * that DossierQueryPlansTest explains exactly the statements that run. Every condition is served
 * by an index (V88, ADR 0020); values are always bound, never spliced.
 */
final class DossierQueries {

    /** A statement and its parameters in order. */
    record Sql(String text, List<Object> params) {
    }

    /**
     * Which dossiers a list holds. {@code scopeAgency}: an agency's own and those it took a step
     * in (null: every agency's, for those who see all); {@code receivingAgency}: only those the
     * agency received (the desk); no statuses: any; no channel: any; no search: all.
     */
    record Filter(String scopeAgency, String receivingAgency, Set<DossierStatus> statuses, Channel channel,
                  DossierSearch search) {
    }

    private DossierQueries() {
    }

    static Sql count(Filter filter) {
        Sql where = where(filter);
        return new Sql("SELECT COUNT(*) FROM dossier d" + where.text(), where.params());
    }

    static Sql page(Filter filter, DossierOrder order, PageRequest page) {
        Sql where = where(filter);
        List<Object> params = new ArrayList<>(where.params());
        params.add(page.offset());
        params.add(page.size());
        return new Sql("SELECT " + DossierStore.DOSSIER_COLUMNS + " FROM dossier d" + where.text()
                + " ORDER BY " + order.orderBy + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", params);
    }

    private static Sql where(Filter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.scopeAgency() != null) {
            conditions.add("(d.agency_code = ? OR d.code IN "
                    + "(SELECT p.dossier_code FROM dossier_participant p WHERE p.agency_code = ?))");
            params.add(filter.scopeAgency());
            params.add(filter.scopeAgency());
        }
        if (filter.receivingAgency() != null) {
            conditions.add("d.agency_code = ?");
            params.add(filter.receivingAgency());
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("d.status IN (" + String.join(", ", filter.statuses().stream().map(s -> "?").toList())
                    + ")");
            filter.statuses().stream().map(DossierStatus::code).sorted().forEach(params::add);
        }
        if (filter.channel() != null) {
            conditions.add("d.channel = ?");
            params.add(filter.channel().name());
        }
        if (filter.search() != null) {
            DossierSearch search = filter.search();
            switch (search.kind()) {
                case TEXT -> {
                    // terms hold only letters, digits and spaces: nothing in them is a LIKE wildcard
                    conditions.add("d.code IN (SELECT t.dossier_code FROM dossier_search_term t WHERE t.term LIKE ?)");
                    params.add(search.values().get(0) + "%");
                }
                case ID_NUMBER -> {
                    conditions.add("d.applicant_id_number = ?");
                    params.add(search.values().get(0));
                }
                case PHONE -> {
                    conditions.add("d.applicant_phone IN (" + String.join(", ",
                            search.values().stream().map(v -> "?").toList()) + ")");
                    params.addAll(search.values());
                }
            }
        }
        return new Sql(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }
}
