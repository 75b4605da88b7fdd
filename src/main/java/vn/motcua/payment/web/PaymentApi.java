package vn.motcua.payment.web;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.payment.FeePayment;
import vn.motcua.payment.PaymentPlatform;
import vn.motcua.payment.Payments;

/**
 * Fees in the API: staff read a dossier's fees, the bill the payment platform needs and the
 * receipts; the platform itself calls back, without an account, proving itself by the
 * callback's MaXacThuc (under /api/public: no session, so no CSRF token either).
 */
@RestController
class PaymentApi {

    private final Payments payments;

    PaymentApi(Payments payments) {
        this.payments = payments;
    }

    @PostMapping("/api/public/payments/callback")
    PaymentPlatform.Acknowledgement callback(@RequestBody PaymentPlatform.Callback callback) {
        return payments.paidOnline(callback);
    }

    @GetMapping("/api/dossiers/{code}/fees")
    @PreAuthorize("hasAnyRole('RECEPTION','SPECIALIST','LEADER','AUDITOR','ADMIN')")
    List<FeePayment> fees(@PathVariable String code) {
        return payments.ofDossier(code);
    }

    @GetMapping("/api/dossiers/{code}/fees/bill")
    @PreAuthorize("hasAnyRole('RECEPTION','SPECIALIST','LEADER','AUDITOR','ADMIN')")
    PaymentPlatform.Bill bill(@PathVariable String code) {
        return payments.bill(code);
    }

    @GetMapping("/api/dossiers/{code}/fees/{reference}/receipt.pdf")
    @PreAuthorize("hasAnyRole('RECEPTION','SPECIALIST','LEADER','AUDITOR','ADMIN')")
    ResponseEntity<byte[]> receipt(@PathVariable String code, @PathVariable String reference) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(reference + "-bien-lai.pdf").build().toString())
                .body(payments.receipt(code, reference));
    }
}
