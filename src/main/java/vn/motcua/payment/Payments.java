package vn.motcua.payment;

import java.util.List;
import java.util.Map;
import java.util.Objects;


import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.agency.Agency;
import vn.motcua.agency.AgencyDirectory;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierFees;
import vn.motcua.dossier.Dossiers;
import vn.motcua.forms.PdfRenderer;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.security.CurrentUser;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.LocalizedText;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.ProvinceClock;

/**
 * A dossier's fee from request to receipt. Paying is all or nothing: the payment, the dossier's
 * way out of status 6, its process going on and {@link FeePaid} are one transaction, and a
 * refused payment (a callback that fails its check, names no known fee, the wrong amount, or a
 * fee already paid) changes nothing. The payment's row is locked first, so two payments of one
 * fee (two identical callbacks, or the desk and the platform) queue, and the second finds it paid.
 */
@Service
public class Payments {

    private static final String RECEIPT_TEMPLATE = "payment/receipt";

    private final PaymentStore store;
    private final DossierFees fees;
    private final Dossiers dossiers;
    private final ProcedureCatalog catalog;
    private final AgencyDirectory agencies;
    private final FeeSteps steps;
    private final PaymentPlatform platform;
    private final PdfRenderer pdf;
    private final CurrentUser currentUser;
    private final ProvinceClock clock;
    private final ApplicationEventPublisher events;

    Payments(PaymentStore store, DossierFees fees, Dossiers dossiers, ProcedureCatalog catalog,
             AgencyDirectory agencies, FeeSteps steps, PaymentPlatform platform, PdfRenderer pdf,
             CurrentUser currentUser, ProvinceClock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.fees = fees;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.agencies = agencies;
        this.steps = steps;
        this.platform = platform;
        this.pdf = pdf;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The process reached the dossier's fee step (in the engine's transaction): status 6 and the
     * fee its procedure declares, under a new reference. A fee step in the model of a procedure
     * that declares no fee is a catalogue mistake: the step that led here fails, nothing changes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public FeePayment requestFee(String dossierCode) {
        Dossier dossier = fees.feeRequested(dossierCode);
        Procedure procedure = catalog.find(dossier.procedureCode()).orElseThrow();
        if (!procedure.chargesFee()) {
            throw new IllegalStateException("Procedure " + procedure.code()
                    + " declares no fee in procedure.yml, but its model has a fee step");
        }
        String reference = dossierCode + "-" + (store.countOfDossier(dossierCode) + 1);
        FeePayment payment = new FeePayment(reference, dossierCode, procedure.code(), procedure.feeVnd(),
                procedure.feeCode(), procedure.feeAccount(), clock.now(), null, null, null, null, null);
        store.insert(payment);
        return payment;
    }

    /** The dossier's fees, oldest first, for whoever may see the dossier. */
    @Transactional(readOnly = true)
    public List<FeePayment> ofDossier(String dossierCode) {
        dossiers.get(dossierCode);
        return store.ofDossier(dossierCode);
    }

    /** What the payment platform needs to open the online payment of the dossier's unpaid fee. */
    @Transactional(readOnly = true)
    public PaymentPlatform.Bill bill(String dossierCode) {
        Dossier dossier = dossiers.get(dossierCode);
        FeePayment unpaid = ofDossier(dossierCode).stream().filter(p -> !p.paid()).findFirst()
                .orElseThrow(() -> new ConflictException("code", "error.fee.nothingDue", dossierCode));
        return platform.bill(unpaid, dossier.applicant().fullName(), dossier.applicant().idNumber());
    }

    /** The receiving agency's desk took the fee in cash. */
    @Transactional
    public FeePayment payAtDesk(String dossierCode) {
        dossiers.get(dossierCode);
        FeePayment unpaid = store.lockUnpaid(dossierCode)
                .orElseThrow(() -> new ConflictException("code", "error.fee.nothingDue", dossierCode));
        fees.feePaidAtDesk(dossierCode);
        return settle(unpaid.paidBy(clock.now(), PaymentMethod.CASH, null, null, currentUser.actorName()));
    }

    /**
     * The platform's callback. Refused, in this order: a check value that does not match (or the
     * wrong partner), an unknown reference, a fee already paid (a replay), another currency or
     * amount. A failed payment (MaLoi other than 00) is acknowledged and changes nothing.
     */
    @Transactional
    public PaymentPlatform.Acknowledgement paidOnline(PaymentPlatform.Callback callback) {
        if (!platform.authentic(callback) || !Objects.equals(platform.partnerCode(), callback.partnerCode())) {
            throw new InvalidInputException("MaXacThuc", "error.fee.callbackNotAuthentic");
        }
        FeePayment payment = store.lock(callback.reference())
                .orElseThrow(() -> new NotFoundException("MaThamChieu", "error.fee.unknownReference",
                        callback.reference()));
        if (payment.paid()) {
            throw new ConflictException("MaThamChieu", "error.fee.alreadyPaid", payment.reference());
        }
        if (!callback.successful()) {
            return new PaymentPlatform.Acknowledgement(PaymentPlatform.SUCCESS, payment.reference());
        }
        if (!PaymentPlatform.CURRENCY.equals(callback.currency())) {
            throw new InvalidInputException("MaTienTe", "error.fee.wrongCurrency", PaymentPlatform.CURRENCY);
        }
        if (!String.valueOf(payment.amountVnd()).equals(callback.amount())) {
            throw new InvalidInputException("SoTien", "error.fee.wrongAmount", payment.amountVnd());
        }
        if (callback.transactionId() == null || callback.transactionId().isBlank()
                || callback.transactionId().length() > 64) {
            throw new InvalidInputException("MaGiaoDich", "error.field.required", "MaGiaoDich");
        }
        fees.feePaidOnline(payment.dossierCode());
        settle(payment.paidBy(clock.now(), PaymentMethod.ONLINE, callback.transactionId(),
                shorten(callback.bankCode(), 20), CurrentUser.CITIZEN));
        return new PaymentPlatform.Acknowledgement(PaymentPlatform.SUCCESS, payment.reference());
    }

    /** The electronic receipt (biên lai) of a paid fee, for whoever may see the dossier. */
    @Transactional(readOnly = true)
    public byte[] receipt(String dossierCode, String reference) {
        Dossier dossier = dossiers.get(dossierCode);
        FeePayment payment = store.ofDossier(dossierCode).stream()
                .filter(p -> p.reference().equals(reference) && p.paid()).findFirst()
                .orElseThrow(() -> new NotFoundException("reference", "error.fee.noReceipt", reference));
        Procedure procedure = catalog.find(dossier.procedureCode()).orElseThrow();
        Agency agency = agencies.get(dossier.agencyCode());
        return pdf.render(RECEIPT_TEMPLATE, LocalizedText.VIETNAMESE, Map.of("payment", payment,
                "dossier", dossier, "procedureName", procedure.name().vi(), "agency", agency,
                "parentAgency", agencies.find(agency.parentCode()).orElse(null)));
    }

    private FeePayment settle(FeePayment paid) {
        try {
            store.markPaid(paid);
        } catch (DuplicateKeyException e) {
            // the platform's transaction already paid another fee: a replay under another reference
            throw new ConflictException("MaGiaoDich", "error.fee.transactionUsed", paid.transactionId());
        }
        steps.feePaid(paid.dossierCode());
        events.publishEvent(FeePaid.of(paid));
        return paid;
    }

    private static String shorten(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
