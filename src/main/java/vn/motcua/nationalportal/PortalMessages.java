package vn.motcua.nationalportal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.delivery.Outbox;
import vn.motcua.document.DossierDocuments;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierTransition;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.StepHandedOver;
import vn.motcua.payment.FeePaid;
import vn.motcua.payment.PaymentMethod;
import vn.motcua.portal.DossierRated;
import vn.motcua.portal.SatisfactionCriterion;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.shared.LocalizedText;

/**
 * Queues what the portal must learn of each dossier change: the whole dossier after every change
 * of status (receipt, acceptance or refusal, supplement requested and received, rescheduling,
 * fee requested and paid, resolution, return, withdrawal, stop), each completed step's progress,
 * each fee paid, and the citizen's satisfaction rating (Decision 31/2021 Art. 30(3) obliges the
 * sync of both). A plain synchronous
 * listener on purpose: the message is written in the transaction of the change, so it exists
 * exactly when the change committed. {@code motcua.national-portal.queue=false} turns it off, for
 * measuring what it costs (docs/performance.md): changes made meanwhile never reach the portal.
 */
@Component
@ConditionalOnProperty(name = "motcua.national-portal.queue", havingValue = "true", matchIfMissing = true)
class PortalMessages {

    static final String CHANNEL = "national-portal";

    private final Outbox outbox;
    private final ObjectMapper json;
    private final ProcedureCatalog catalog;
    private final DossierDocuments documents;
    private final Dossiers dossiers;
    private final MessageSource messages;

    PortalMessages(Outbox outbox, ObjectMapper json, ProcedureCatalog catalog, DossierDocuments documents,
                   Dossiers dossiers, MessageSource messages) {
        this.outbox = outbox;
        this.json = json;
        this.catalog = catalog;
        this.documents = documents;
        this.dossiers = dossiers;
        this.messages = messages;
    }

    @EventListener
    void on(DossierChanged change) {
        queue(change.dossier().code(), PortalMapping.DOSSIER, snapshot(change.dossier(), change.transition()));
    }

    @EventListener
    void on(StepHandedOver handOver) {
        DossierTransition t = handOver.transition();
        String outcome = t.outcome() == null ? null
                : messages.getMessage("outcome." + t.outcome(), null, t.outcome(), LocalizedText.VIETNAMESE);
        queue(t.dossierCode(), PortalMapping.PROGRESS, new StepProgress(t.dossierCode(), t.actor(), t.agencyCode(),
                t.occurredAt(), t.stepName(), outcome, t.toStatus().code(), t.startedAt(), t.dueAt()));
    }

    /** The fee the dossier waited for in status 6, paid in cash or online. */
    @EventListener
    void on(FeePaid paid) {
        queue(paid.dossierCode(), PortalMapping.PAYMENT, new PaymentReport(paid.dossierCode(), paid.reference(),
                paid.amountVnd(), paid.feeCode(), paid.beneficiaryAccount(), paid.method() == PaymentMethod.ONLINE,
                paid.transactionId(), paid.bankCode(), paid.paidAt(), paid.receiptNumber()));
    }

    /** A rating is only taken once the result is returned, so the dossier's status is that one. */
    @EventListener
    void on(DossierRated rating) {
        queue(rating.dossierCode(), PortalMapping.RATING, new SatisfactionReport(rating.dossierCode(),
                rating.ninePoints(), rating.scores().get(SatisfactionCriterion.OVERALL), rating.comment(),
                DossierStatus.RESULT_RETURNED.code(), rating.ratedAt()));
    }

    private void queue(String dossierCode, String kind, Object content) {
        try {
            outbox.enqueue(CHANNEL, dossierCode, kind, json.writeValueAsString(content));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the portal message of " + dossierCode, e);
        }
    }

    private DossierSnapshot snapshot(Dossier d, DossierTransition change) {
        Procedure procedure = catalog.find(d.procedureCode()).orElseThrow();
        List<DossierSnapshot.Fee> fees = procedure.feeVnd() > 0
                ? List.of(new DossierSnapshot.Fee("Lệ phí", procedure.feeVnd()))
                : List.of();
        List<DossierSnapshot.Document> files = documents.list(d).stream()
                // every file we hold is an electronic copy; re-use from the citizen's data store is not offered yet
                .map(f -> new DossierSnapshot.Document(f.id(), f.originalName(), true, false))
                .toList();
        return new DossierSnapshot(change.fromStatus() == null, change.action().name(), d.code(), d.procedureCode(),
                procedure.name().vi(), procedure.field().vi(), d.applicant().fullName(), d.applicant().idNumber(),
                d.applicant().phone(), d.applicant().email(), d.applicant().address(), d.channel().name(),
                d.status().code(), d.agencyCode(), d.receivedAt(), d.appointmentAt(),
                d.resolvedAt() != null ? d.resolvedAt() : d.closedAt(),
                d.status() == DossierStatus.NOT_ACCEPTED ? d.closedAt() : null, d.returnedAt(),
                d.result() == null ? null : d.result().name(), files, fees, supplements(d));
    }

    /** Each supplement round from the history: the due date when it was asked for, and after it came in. */
    private List<DossierSnapshot.Supplement> supplements(Dossier dossier) {
        List<DossierSnapshot.Supplement> rounds = new ArrayList<>();
        DossierTransition open = null;
        for (DossierTransition t : dossiers.history(dossier)) {
            switch (t.action()) {
                case SUPPLEMENT_REQUESTED -> {
                    open = t;
                    rounds.add(new DossierSnapshot.Supplement(t.occurredAt(), null, t.dueAt(), null));
                }
                case SUPPLEMENT_RECEIVED -> {
                    if (open != null) {
                        rounds.set(rounds.size() - 1, new DossierSnapshot.Supplement(open.occurredAt(),
                                t.occurredAt(), open.dueAt(), t.dueAt()));
                        open = null;
                    }
                }
                default -> { }
            }
        }
        return rounds;
    }
}
