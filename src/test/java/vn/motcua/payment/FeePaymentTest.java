package vn.motcua.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.tasklist.ClerkTask;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/**
 * A construction permit's fee (75,000 đồng, procedure.yml) from the signed permit to the result: paid
 * in cash at the desk by a clerk signed in with the login form, or online through the platform's
 * callback, whose refusals (wrong check value, unknown reference, wrong amount, replay) change nothing
 * and are audited, and whose race of two identical deliveries pays once.
 */
@DatabaseTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class FeePaymentTest {

    static final String CONSTRUCTION_PERMIT = "XD.0001";
    static final long FEE = 75_000;
    /** Monday 7 December 2026, 08:00: the permit is appraised and signed the same morning. */
    static final LocalDateTime MONDAY_08_00 = LocalDateTime.of(2026, 12, 7, 8, 0);
    /** The citizen pays two working days after the signature (Wednesday, same hour). */
    static final LocalDateTime WEDNESDAY_10_00 = LocalDateTime.of(2026, 12, 9, 10, 0);
    /** The demo profile's platform partner (application.yml); its secret signs the stand-in's callbacks. */
    static final String PARTNER = "MOTCUA-DEMO";
    static final String SECRET = "demo-payment-secret";

    @Autowired MockMvc http;
    @Autowired DossierIntake intake;
    @Autowired Dossiers dossiers;
    @Autowired ClerkTasks tasks;
    @Autowired ProvinceClock clock;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;
    @Autowired ApplicationEvents events;
    @Autowired Payments payments;
    @Autowired DossierActions actions;

    @AfterEach
    void resetClockAndUser() {
        signIn.out();
        clock.reset();
    }

    @Test
    void deskRecordsCashWithFormLoginTheDossierMovesOnAndTheReceiptIsIssued() throws Exception {
        Dossier waiting = signedPermitAwaitingItsFee();
        String code = waiting.code();
        clock.setFixed(WEDNESDAY_10_00);
        Cookie session = signInWithTheForm("reception");

        String desk = http.perform(get("/desk").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(desk).as("the desk lists the dossier waiting for its fee").contains("fee-due-" + code);
        String page = http.perform(get("/dossiers/" + code + "/fee").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("75.000 đồng", "Chưa nộp", "/desk/" + code + "/fee/cash");

        http.perform(post("/desk/" + code + "/fee/cash").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/dossiers/" + code));

        Dossier resolved = dossierAsDesk(code);
        assertThat(resolved.status()).isEqualTo(DossierStatus.RESOLVED);
        // waiting for the citizen's fee is not the agency's time: Monday 10:00 to Wednesday 10:00 is two
        // working days (16 working hours), by which the due date moved, as after a supplement
        assertThat(resolved.dueAt()).isEqualTo(waiting.dueAt().plusDays(2));
        assertThat(resolved.pausedMinutes()).isEqualTo(16 * 60);
        assertThat(statusTrail(code)).containsSubsequence("PROCESSING>FINANCIAL_OBLIGATION:FEE_REQUESTED:leader",
                "FINANCIAL_OBLIGATION>PROCESSING:FEE_PAID:reception", "PROCESSING>RESOLVED:RESOLVED:reception");

        List<FeePaid> paid = feesPaid(code);
        assertThat(paid).singleElement().satisfies(fee -> {
            assertThat(fee.method()).isEqualTo(PaymentMethod.CASH);
            assertThat(fee.amountVnd()).isEqualTo(FEE);
            assertThat(fee.feeCode()).isEqualTo("LPXD-NORL");
            assertThat(fee.beneficiaryAccount()).isEqualTo("3511.0.1058547.00000");
            assertThat(fee.paidAt()).isEqualTo(WEDNESDAY_10_00);
        });
        assertThat(auditTrail(code)).contains("FEE_CASH_PAID:DONE:reception");

        byte[] receipt = http.perform(get("/api/dossiers/" + code + "/fees/" + paid.get(0).reference() + "/receipt.pdf")
                        .cookie(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(receipt)) {
            assertThat(pdf.getNumberOfPages()).isOne();
            assertThat(new PDFTextStripper().getText(pdf)).contains("BIÊN LAI THU PHÍ, LỆ PHÍ", code, "75.000 đồng",
                    "Tiền mặt", paid.get(0).receiptNumber(), "Nguyễn Văn An");
        }

        http.perform(post("/desk/" + code + "/fee/cash").cookie(session).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(feesPaid(code)).as("a second cash payment is refused").hasSize(1);
    }

    @Test
    void goodCallbackPaysOnlineAndTheDossierMovesOn() throws Exception {
        String code = signedPermitAwaitingItsFee().code();
        FeePayment fee = unpaidFeeOf(code);

        callback(signed(success(fee.reference(), "75000", "GD-0001"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.MaLoi").value("00")).andExpect(jsonPath("$.MaThamChieu").value(fee.reference()));

        assertThat(dossierAsDesk(code).status()).isEqualTo(DossierStatus.RESOLVED);
        assertThat(feesPaid(code)).singleElement().satisfies(paid -> {
            assertThat(paid.method()).isEqualTo(PaymentMethod.ONLINE);
            assertThat(paid.transactionId()).isEqualTo("GD-0001");
            assertThat(paid.bankCode()).isEqualTo("VCB");
        });
        assertThat(statusTrail(code)).contains("FINANCIAL_OBLIGATION>PROCESSING:FEE_PAID:citizen");
    }

    @Test
    void wrongCheckValueUnknownReferenceWrongAmountAndReplayAreRefusedAuditedAndChangeNothing() throws Exception {
        String code = signedPermitAwaitingItsFee().code();
        FeePayment fee = unpaidFeeOf(code);

        PaymentPlatform.Callback good = signed(success(fee.reference(), "75000", "GD-0002"));
        refused(withCheckValue(good, "0".repeat(64)), 400, "MaXacThuc");
        refused(signedWith("another-secret", success(fee.reference(), "75000", "GD-0002")), 400, "MaXacThuc");
        refused(signed(success(code + "-9", "75000", "GD-0002")), 404, "MaThamChieu");
        refused(signed(success(fee.reference(), "7500", "GD-0002")), 400, "SoTien");
        refused(signed(success(fee.reference(), "750000", "GD-0002")), 400, "SoTien");
        assertThat(dossierAsDesk(code).status()).as("after four refusals").isEqualTo(DossierStatus.FINANCIAL_OBLIGATION);
        assertThat(unpaidFeeOf(code).paid()).isFalse();
        assertThat(feesPaid(code)).isEmpty();

        callback(good).andExpect(status().isOk());
        long transitions = transitionsOf(code);
        refused(good, 409, "MaThamChieu");
        refused(signed(success(fee.reference(), "75000", "GD-0003")), 409, "MaThamChieu");
        assertThat(transitionsOf(code)).as("a replay changes nothing").isEqualTo(transitions);
        assertThat(feesPaid(code)).hasSize(1);
    }

    @Test
    void aDossierStoppedWhileItsFeeWasUnpaidTakesNoLatePayment() throws Exception {
        String code = signedPermitAwaitingItsFee().code();
        FeePayment fee = unpaidFeeOf(code);
        signIn.as("specialist");
        actions.stop(code, "Quá hạn mà công dân không nộp lệ phí");
        signIn.out();

        refused(signed(success(fee.reference(), "75000", "GD-0005")), 409, "status");
        assertThat(dossierAsDesk(code).status()).isEqualTo(DossierStatus.STOPPED);
        assertThat(unpaidFeeOf(code).paid()).isFalse();
        assertThat(feesPaid(code)).isEmpty();
    }

    @Test
    void twoIdenticalCallbacksAtTheSameMomentPayOnce() throws Exception {
        String code = signedPermitAwaitingItsFee().code();
        PaymentPlatform.Callback delivery = signed(success(unpaidFeeOf(code).reference(), "75000", "GD-0004"));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return callback(delivery).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            Collections.sort(statuses);
            assertThat(statuses).containsExactly(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(feesPaid(code)).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fee_payment WHERE dossier_code = ? AND paid_at IS NOT NULL")
                .param(code).query(Long.class).single()).isOne();
        assertThat(statusTrail(code).stream().filter(t -> t.contains(":FEE_PAID:"))).hasSize(1);
        assertThat(dossierAsDesk(code).status()).isEqualTo(DossierStatus.RESOLVED);
    }

    // ---------------------------------------------------------------- the dossier's way to its fee

    /** A construction permit received, appraised and signed on Monday morning: status 6. */
    private Dossier signedPermitAwaitingItsFee() {
        clock.setFixed(MONDAY_08_00);
        signIn.as("reception");
        String code = intake.receive(Applicants.atDesk(CONSTRUCTION_PERMIT)).code();
        decide("specialist", code, "userTask_appraiseDossier");
        clock.setFixed(MONDAY_08_00.plusHours(2));
        decide("leader", code, "userTask_signPermit");
        signIn.as("reception");
        Dossier waiting = dossiers.get(code);
        assertThat(waiting.status()).isEqualTo(DossierStatus.FINANCIAL_OBLIGATION);
        assertThat(tasks.openTasksOf(code)).as("no clerk's step while the citizen pays").isEmpty();
        signIn.out();
        return waiting;
    }

    private void decide(String clerk, String code, String stepId) {
        signIn.as(clerk);
        ClerkTask step = tasks.openTasksOf(code).stream().filter(t -> t.stepId().equals(stepId)).findFirst()
                .orElseThrow(() -> new AssertionError(stepId + " is not open for " + clerk));
        tasks.claim(step.id());
        tasks.complete(step.id(), "approve", null);
    }

    // ---------------------------------------------------------------- the platform's stand-in

    private static PaymentPlatform.Callback success(String reference, String amount, String transaction) {
        return new PaymentPlatform.Callback("PAYMENT", "00", PARTNER, reference, amount, "VND", transaction, "VCB",
                "20261209100000", "Nộp lệ phí cấp giấy phép xây dựng", null);
    }

    private static PaymentPlatform.Callback signed(PaymentPlatform.Callback callback) {
        return signedWith(SECRET, callback);
    }

    private static PaymentPlatform.Callback signedWith(String secret, PaymentPlatform.Callback callback) {
        return withCheckValue(callback, new PaymentPlatform(PARTNER, secret).checkValue(callback));
    }

    private static PaymentPlatform.Callback withCheckValue(PaymentPlatform.Callback c, String checkValue) {
        return new PaymentPlatform.Callback(c.messageType(), c.errorCode(), c.partnerCode(), c.reference(), c.amount(),
                c.currency(), c.transactionId(), c.bankCode(), c.transactionTime(), c.transactionInfo(), checkValue);
    }

    private ResultActions callback(PaymentPlatform.Callback callback) throws Exception {
        return http.perform(post("/api/public/payments/callback").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(callback)));
    }

    /** Refused with the status, naming the field; on the audit trail as a refused callback. */
    private void refused(PaymentPlatform.Callback callback, int status, String field) throws Exception {
        long before = refusedCallbacks();
        callback(callback).andExpect(status().is(status)).andExpect(jsonPath("$.field").value(field));
        assertThat(refusedCallbacks()).as("refusal audited").isEqualTo(before + 1);
    }

    // ---------------------------------------------------------------- reading the outcome

    private Cookie signInWithTheForm(String username) throws Exception {
        return http.perform(formLogin("/login").user(username).password("demo")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getCookie("SESSION");
    }

    private Dossier dossierAsDesk(String code) {
        signIn.as("reception");
        try {
            return dossiers.get(code);
        } finally {
            signIn.out();
        }
    }

    /** The dossier's one fee, as the desk sees it. */
    private FeePayment unpaidFeeOf(String code) {
        signIn.as("reception");
        try {
            return payments.ofDossier(code).get(0);
        } finally {
            signIn.out();
        }
    }

    private List<FeePaid> feesPaid(String code) {
        return events.stream(FeePaid.class).filter(e -> e.dossierCode().equals(code)).toList();
    }

    private List<String> statusTrail(String code) {
        return jdbc.sql("SELECT from_status, to_status, action, actor FROM dossier_transition WHERE dossier_code = ?"
                        + " ORDER BY id").param(code)
                .query((rs, row) -> statusName(rs.getObject(1)) + ">" + statusName(rs.getObject(2)) + ":"
                        + rs.getString(3) + ":" + rs.getString(4)).list();
    }

    private static String statusName(Object code) {
        return code == null ? "" : DossierStatus.of(((Number) code).intValue()).name();
    }

    private long transitionsOf(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM dossier_transition WHERE dossier_code = ?").param(code)
                .query(Long.class).single();
    }

    private List<String> auditTrail(String code) {
        return jdbc.sql("SELECT action || ':' || outcome || ':' || username FROM audit_record WHERE dossier_code = ?"
                + " ORDER BY id").param(code).query(String.class).list();
    }

    private long refusedCallbacks() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'FEE_ONLINE_CALLBACK' AND outcome = 'REFUSED'")
                .query(Long.class).single();
    }
}
