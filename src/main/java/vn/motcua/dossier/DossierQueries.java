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

    /** A statement, or conditions, and its parameters in order. */
    record Sql(String text, List<Object> params) {

        Sql and(String condition, Object... values) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(List.of(values));
            return new Sql(text.isEmpty() ? condition : text + " AND " + condition, all);
        }

        Sql withWhere() {
            return text.isEmpty() ? this : new Sql(" WHERE " + text, params);
        }
    }

    /**
     * Which dossiers a list holds. {@code scopeAgency}: an agency's own and those it took a step
     * in (null: every agency's, for those who see all); {@code receivingAgency}: only those the
     * agency received (the desk); no statuses: any; no channel: any; no search: all.
     */
    record Filter(String scopeAgency, String receivingAgency, Set<DossierStatus> statuses, Channel channel,
                  DossierSearch search) {

        /** The dossier list: what the scope lets the user see, matching the search if any. */
        static Filter list(String scopeAgency, DossierSearch search) {
            return new Filter(scopeAgency, null, Set.of(), null, search);
        }

        /** A desk work list: received by the agency, in these statuses, through this channel if given. */
        static Filter desk(String agency, Set<DossierStatus> statuses, Channel channel) {
            return new Filter(null, agency, statuses, channel, null);
        }
    }

    private DossierQueries() {
    }

    /**
     * How many dossiers pass. Within an agency's scope, its own and those it only took part in
     * are counted apart: each count then reads one index, where "own OR took part" reads the table.
     */
    static Sql count(Filter filter) {
        List<Sql> branches = branches(filter);
        List<Object> params = new ArrayList<>();
        branches.forEach(branch -> params.addAll(branch.params()));
        return new Sql("SELECT " + String.join(" + ", branches.stream()
                .map(branch -> "(SELECT COUNT(*) FROM dossier d" + branch.text() + ")").toList()), params);
    }

    /**
     * The page's rows in one statement. Within an agency's scope each part (own, took part) is
     * read in order only as far as this page's last line, then the two are merged.
     */
    static Sql page(Filter filter, DossierOrder order, PageRequest page) {
        List<Sql> branches = branches(filter);
        List<Object> params = new ArrayList<>();
        String from;
        if (branches.size() == 1) {
            from = "dossier d" + branches.get(0).text();
            params.addAll(branches.get(0).params());
        } else {
            from = "(" + String.join(" UNION ALL ", branches.stream().map(branch -> "(SELECT "
                    + DossierStore.DOSSIER_COLUMNS + " FROM dossier d" + branch.text() + " ORDER BY " + order.orderBy
                    + " FETCH FIRST ? ROWS ONLY)").toList()) + ") d";
            branches.forEach(branch -> {
                params.addAll(branch.params());
                params.add(page.offset() + page.size());
            });
        }
        params.add(page.offset());
        params.add(page.size());
        return new Sql("SELECT " + DossierStore.DOSSIER_COLUMNS + " FROM " + from + " ORDER BY " + order.orderBy
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", params);
    }

    /** The WHERE clauses whose results, disjoint, make up the list: one, or two within an agency's scope. */
    private static List<Sql> branches(Filter filter) {
        Sql common = where(filter);
        if (filter.scopeAgency() == null) {
            return List.of(common.withWhere());
        }
        String agency = filter.scopeAgency();
        return List.of(common.and("d.agency_code = ?", agency).withWhere(),
                common.and("d.agency_code <> ? AND d.code IN "
                        + "(SELECT p.dossier_code FROM dossier_participant p WHERE p.agency_code = ?)", agency, agency)
                        .withWhere());
    }

    /** The conditions other than the agency scope, joined by AND (empty: none). */
    private static Sql where(Filter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
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
        return new Sql(String.join(" AND ", conditions), params);
    }
}
