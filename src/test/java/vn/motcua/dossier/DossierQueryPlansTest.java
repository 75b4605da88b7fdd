package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.motcua.shared.PageRequest;
import vn.motcua.testing.DatabaseTest;

/**
 * The desk's and the search's statements, as DossierQueries builds them, explained by PostgreSQL
 * over 100,000 dossiers in 50 agencies, analysed: each is served by its index (V88), none reads
 * the dossier table whole (issue 12.5). PostgreSQL only: H2's planner is not what production runs.
 */
@DatabaseTest
@EnabledIf("vn.motcua.testing.TestDatabases#postgresSelected")
@TestPropertySource(properties = "motcua.test.context=dossier-query-plans") // a database of its own
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierQueryPlansTest {

    static final int DOSSIERS = 100_000;
    static final int COMMUNES = 48;

    @Autowired JdbcClient jdbc;

    /**
     * A province's spread: 50 agencies, nearly all dossiers returned, a few waiting at each desk and
     * the old results still to return among the oldest dossiers (the case that walked the whole
     * received-date index); one in twenty with a department taking part; names, ID and phone numbers
     * of their own.
     */
    @BeforeAll
    void aProvincesDossiers() {
        jdbc.sql("""
                INSERT INTO agency (code, parent_code, kind, name_vi, name_en, sort_order)
                SELECT 'C' || lpad(n::text, 2, '0'), 'TINH', 'COMMUNE', 'Xã ' || n, 'Commune ' || n, 200 + n
                FROM generate_series(1, ?) n""").param(COMMUNES).update();
        jdbc.sql("""
                INSERT INTO dossier (code, procedure_code, agency_code, channel, status, applicant_name,
                    applicant_id_number, applicant_phone, received_at, count_from, original_due_at, due_at, created_by)
                SELECT 'BULK-' || i, '1.001612',
                    CASE i % 50 WHEN 0 THEN 'XPV' WHEN 1 THEN 'PTH' ELSE 'C' || lpad((i % 50 - 1)::text, 2, '0') END,
                    CASE WHEN i % 10 = 3 THEN 'ONLINE' ELSE 'DESK' END,
                    CASE WHEN i < 2000 AND i % 100 = 0 THEN 9 WHEN i > ? - 500 AND i % 7 = 0 THEN 5
                         WHEN i > ? - 500 THEN 2 ELSE 10 END,
                    'Người Thứ ' || i, lpad(i::text, 12, '0'), '08' || lpad(i::text, 8, '0'),
                    TIMESTAMP '2024-01-01 08:00:00' + i * INTERVAL '5 minutes',
                    TIMESTAMP '2024-01-01 08:00:00' + i * INTERVAL '5 minutes',
                    TIMESTAMP '2024-01-06 08:00:00' + i * INTERVAL '5 minutes',
                    TIMESTAMP '2024-01-06 08:00:00' + i * INTERVAL '5 minutes', 'bulk'
                FROM generate_series(1, ?) i""").params(DOSSIERS, DOSSIERS, DOSSIERS).update();
        jdbc.sql("""
                INSERT INTO dossier_search_term (term, dossier_code)
                SELECT term, 'BULK-' || i FROM generate_series(1, ?) i,
                    LATERAL (VALUES ('nguoi thu ' || i), ('thu ' || i), (i::text), ('bulk ' || i)) terms (term)""")
                .param(DOSSIERS).update();
        jdbc.sql("""
                INSERT INTO dossier_participant (dossier_code, agency_code)
                SELECT 'BULK-' || i, 'SYT' FROM generate_series(1, ?) i WHERE i % 20 = 7""").param(DOSSIERS).update();
        jdbc.sql("ANALYZE dossier").update();
        jdbc.sql("ANALYZE dossier_search_term").update();
        jdbc.sql("ANALYZE dossier_participant").update();
    }

    @Test
    void theDesksListsReadTheirAgencyAndStatusInOrder() {
        for (DossierQueries.Filter desk : List.of(
                DossierQueries.Filter.desk("XPV", Set.of(DossierStatus.RESOLVED), null),
                DossierQueries.Filter.desk("XPV", Set.of(DossierStatus.SUPPLEMENT_REQUESTED), null),
                DossierQueries.Filter.desk("XPV", Set.of(DossierStatus.NEW, DossierStatus.RECEIVED), Channel.ONLINE))) {
            assertUses(DossierQueries.page(desk, DossierOrder.RECEIVED, PageRequest.FIRST),
                    "dossier_agency_status_received");
            assertUses(DossierQueries.count(desk), "dossier_agency_status_received");
        }
    }

    @Test
    void aNameOrACodeIsLookedUpInTheTermIndex() {
        for (String query : List.of("Người Thứ 4242", "thu 4242", "bulk-4242")) {
            for (String scope : new String[] {"XPV", null}) {
                DossierQueries.Filter list = DossierQueries.Filter.list(scope, DossierSearch.of(query));
                assertUses(DossierQueries.page(list, DossierOrder.RECEIVED, PageRequest.FIRST),
                        "dossier_search_term_pkey");
                assertUses(DossierQueries.count(list), "dossier_search_term_pkey");
            }
        }
    }

    @Test
    void anIdNumberOrAPhoneNumberIsLookedUpInItsIndex() {
        DossierQueries.Filter byId = DossierQueries.Filter.list("XPV", DossierSearch.of("000000004242"));
        DossierQueries.Filter byPhone = DossierQueries.Filter.list("XPV", DossierSearch.of("0800004242"));
        assertUses(DossierQueries.page(byId, DossierOrder.DUE, PageRequest.FIRST), "dossier_applicant_id_number");
        assertUses(DossierQueries.count(byId), "dossier_applicant_id_number");
        assertUses(DossierQueries.page(byPhone, DossierOrder.CODE, PageRequest.FIRST), "dossier_applicant_phone");
        assertUses(DossierQueries.count(byPhone), "dossier_applicant_phone");
    }

    @Test
    void aClerksWholeListIsReadThroughIndexes() {
        DossierQueries.Filter all = DossierQueries.Filter.list("XPV", null);
        assertNoScanOfDossier(DossierQueries.page(all, DossierOrder.RECEIVED, PageRequest.FIRST));
        assertNoScanOfDossier(DossierQueries.count(all));
    }

    private void assertUses(DossierQueries.Sql sql, String index) {
        String plan = assertNoScanOfDossier(sql);
        assertThat(plan).as(sql.text()).contains(index);
    }

    private String assertNoScanOfDossier(DossierQueries.Sql sql) {
        String plan = String.join("\n", jdbc.sql("EXPLAIN " + sql.text()).params(sql.params())
                .query(String.class).list());
        assertThat(plan).as(sql.text()).doesNotContainPattern("Seq Scan on dossier\\b(?!_)");
        assertThat(plan).as(sql.text()).doesNotContain("Seq Scan on dossier_search_term");
        return plan;
    }
}
