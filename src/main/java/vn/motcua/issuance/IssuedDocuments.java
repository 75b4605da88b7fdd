package vn.motcua.issuance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.security.StaffAccounts;
import vn.motcua.security.StaffUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.ProvinceClock;

/**
 * Issues documents and answers for them. A document is issued once per source (a form from the
 * transition that issued it, a result at the approval): rendered with its QR code, signed with
 * the signer's key, stored exactly as signed and announced ({@link DocumentIssued}) in one
 * transaction, so the audit trail holds its hash. Printing it again hands out the same bytes.
 */
@Service
public class IssuedDocuments {

    /** The public verification page; the document's id follows. */
    public static final String VERIFY_PATH = "/portal/verify/";
    /** An uploaded copy is a document the system printed: a few pages, never near this size. */
    public static final int MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final IssuedDocumentStore store;
    private final SigningKeys keys;
    private final StaffAccounts staff;
    private final IssuanceProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final ProvinceClock clock;

    IssuedDocuments(IssuedDocumentStore store, SigningKeys keys, StaffAccounts staff, IssuanceProperties properties,
                    ApplicationEventPublisher events, PlatformTransactionManager transactions,
                    ProvinceClock clock) {
        this.store = store;
        this.keys = keys;
        this.staff = staff;
        this.properties = properties;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * The document issued from the request's source, or, the first time, a new one: {@code render}
     * makes the PDF with the given QR code in its upper-left corner, then it is signed and stored.
     * Two printings racing for the first time keep one document, the one stored first.
     */
    public IssuedDocument issue(IssueRequest request, Function<QrStamp, byte[]> render) {
        Optional<IssuedDocument> existing = store.bySource(request.kind(), request.sourceKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        String id = UUID.randomUUID().toString();
        byte[] unsigned = render.apply(QrCodes.stamp(request, verificationUrl(id), properties.issuingSystem()));
        String signerName = staff.find(request.signer()).map(StaffUser::fullName).orElse(request.signer());
        byte[] signed = PadesSigner.sign(unsigned, keys.forSigner(request.signer(), signerName), clock.instant(),
                request.documentName());
        IssuedDocument document = new IssuedDocument(id, request.kind(), request.documentName(),
                request.dossierCode(), request.issuedAt(), request.signer(), sha256(signed), signed);
        try {
            transaction.executeWithoutResult(status -> {
                store.insert(document, request.sourceKey());
                events.publishEvent(new DocumentIssued(id, document.kind(), document.documentName(),
                        document.dossierCode(), document.signer(), document.sha256()));
            });
            return document;
        } catch (DuplicateKeyException raceLost) {
            return store.bySource(request.kind(), request.sourceKey()).orElseThrow(() -> raceLost);
        }
    }

    /** The dossier's latest document of the kind (e.g. its result), if one was issued. */
    public Optional<IssuedDocument> latest(String dossierCode, String kind) {
        return store.latest(dossierCode, kind);
    }

    /** The public answer for a document id; an id not of our form is simply not found. */
    public Optional<DocumentVerification> verify(String id) {
        return find(id).map(d -> new DocumentVerification(d.id(), d.kind(), d.documentName(), d.dossierCode(),
                d.issuedAt(), sha256(d.content()).equals(d.sha256()), PadesVerifier.check(d.content(),
                keys.trustAnchors())));
    }

    /**
     * Whether an uploaded file is exactly the document issued under this id (its hash equals the
     * one recorded at issue). Not a PDF, empty or too large: refused naming the field "file".
     */
    public boolean isExactCopy(String id, byte[] upload) {
        IssuedDocument document = find(id).orElseThrow(() -> new NotFoundException("id", "error.verify.unknown"));
        if (upload == null || upload.length == 0) {
            throw new InvalidInputException("file", "error.verify.empty");
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw new InvalidInputException("file", "error.verify.tooLarge", MAX_UPLOAD_BYTES / (1024 * 1024));
        }
        if (!startsWithPdfHeader(upload)) {
            throw new InvalidInputException("file", "error.verify.notPdf");
        }
        return MessageDigest.isEqual(sha256(upload).getBytes(StandardCharsets.US_ASCII),
                document.sha256().getBytes(StandardCharsets.US_ASCII));
    }

    private Optional<IssuedDocument> find(String id) {
        return id != null && ID.matcher(id).matches() ? store.find(id) : Optional.empty();
    }

    private String verificationUrl(String id) {
        return properties.publicUrl().replaceAll("/+$", "") + VERIFY_PATH + id;
    }

    private static boolean startsWithPdfHeader(byte[] bytes) {
        if (bytes.length < PDF_HEADER.length) {
            return false;
        }
        for (int i = 0; i < PDF_HEADER.length; i++) {
            if (bytes[i] != PDF_HEADER[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
