package vn.motcua.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.DossierRecords;
import vn.motcua.dossier.TransitionAction;
import vn.motcua.document.DossierDocuments;
import vn.motcua.portal.SatisfactionRatings;
import vn.motcua.portal.SatisfactionSummary;
import vn.motcua.procedure.OnlineLevel;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;

/**
 * The counts of Decision 766/QĐ-TTg's service-quality index that this system's data supports,
 * each with its numerator and denominator; the others are listed as not measured here, so
 * nobody mistakes a missing figure for a zero.
 */
@Service
public class Indicators766 {

    /** Late dossiers (resolved late in the period) that received a written apology with a new date (form 04). */
    private static final String LATE_WITH_APOLOGY = """
            SELECT COUNT(*) FROM %s d
            WHERE d.resolved_at >= :start AND d.resolved_at < :end AND d.timeliness = 'LATE'
              AND d.rescheduled_due_at IS NOT NULL""".formatted(DossierRecords.VIEW);

    /**
     * The dossiers received in the period, as the SLA report counts them (an online submission
     * once the desk accepted it).
     */
    private static final String RECEIVED = """
            SELECT DISTINCT e.dossier_code FROM %s e
            WHERE %s AND e.occurred_at >= :start AND e.occurred_at < :end"""
            .formatted(DossierRecords.EVENTS, DossierRecords.is(TransitionAction.RECEIVED, "e"));

    /**
     * One indicator. {@code key} names its label and formula in the reports bundle
     * ({@code report.indicator.<key>}, {@code .formula}); an unmeasured one has no numbers.
     */
    public record Indicator(String group, String key, boolean measured, Long numerator, Long denominator,
                            BigDecimal percent) {
        static Indicator of(String group, String key, long numerator, long denominator) {
            return new Indicator(group, key, true, numerator, denominator, denominator == 0 ? null
                    : BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 2,
                            RoundingMode.HALF_UP));
        }

        static Indicator notMeasured(String group, String key) {
            return new Indicator(group, key, false, null, null, null);
        }
    }

    private final SlaReport sla;
    private final ProcedureCatalog catalog;
    private final SatisfactionRatings ratings;
    private final DossierDocuments documents;
    private final JdbcClient jdbc;

    Indicators766(SlaReport sla, ProcedureCatalog catalog, SatisfactionRatings ratings, DossierDocuments documents,
                  JdbcClient jdbc) {
        this.sla = sla;
        this.catalog = catalog;
        this.ratings = ratings;
        this.documents = documents;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Indicator> of(SlaQuery period) {
        SlaFigures total = sla.report(period.narrowedTo(GroupBy.TOTAL, null)).total();
        List<Procedure> procedures = catalog.all();
        long fully = procedures.stream().filter(p -> p.onlineLevel() == OnlineLevel.FULL).count();
        long online = procedures.stream().filter(Procedure::offeredOnline).count();
        long lateWithApology = jdbc.sql(LATE_WITH_APOLOGY).param("start", period.start()).param("end", period.end())
                .query(Long.class).single();
        long digitised = documents.countDigitised(jdbc.sql(RECEIVED).param("start", period.start())
                .param("end", period.end()).query(String.class).list());
        SatisfactionSummary satisfaction = ratings.summary(period.start(), period.end());
        return List.of(
                Indicator.notMeasured("transparency", "publication"),
                Indicator.of("progress", "onTime", total.early() + total.onTime(), total.resolved()),
                Indicator.of("progress", "overduePending", total.overdue(), total.pending()),
                Indicator.of("progress", "lateWithApology", lateWithApology, total.late()),
                Indicator.of("digitisation", "dossiersDigitised", digitised, total.received()),
                Indicator.notMeasured("digitisation", "resultsDigitised"),
                Indicator.of("online", "proceduresFullyOnline", fully, procedures.size()),
                Indicator.of("online", "proceduresOnline", online, procedures.size()),
                Indicator.of("online", "dossiersOnline", total.receivedOnline(), total.received()),
                Indicator.notMeasured("online", "onlinePayment"),
                Indicator.of("satisfaction", "satisfaction", satisfaction.points(), satisfaction.maxPoints()));
    }
}
