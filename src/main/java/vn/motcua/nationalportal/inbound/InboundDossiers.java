package vn.motcua.nationalportal.inbound;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.document.DossierDocuments;
import vn.motcua.document.Upload;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.portal.OnlineSubmissions;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InputRules;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.ProvinceClock;

/**
 * Online dossiers the national portal routes to the province. Each becomes an ordinary online
 * submission (status 1, "Mới đăng ký"), through the same path and checks as one filed on our own
 * portal, so that the desk accepts or refuses it like any other. A portal dossier id creates one
 * dossier, however often (and however concurrently) it is delivered.
 */
@Service
class InboundDossiers {

    private static final Logger log = LoggerFactory.getLogger(InboundDossiers.class);
    private static final Pattern PORTAL_DOSSIER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");
    private static final Pattern POSITION = Pattern.compile("[0-9]{1,3}");
    static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    private final OnlineSubmissions submissions;
    private final DossierDocuments documents;
    private final ProcedureCatalog catalog;
    private final InboundSettings settings;
    private final JdbcClient jdbc;
    private final ProvinceClock clock;
    private final TransactionTemplate transaction;

    InboundDossiers(OnlineSubmissions submissions, DossierDocuments documents, ProcedureCatalog catalog,
                    InboundSettings settings, JdbcClient jdbc, ProvinceClock clock,
                    PlatformTransactionManager transactions) {
        this.submissions = submissions;
        this.documents = documents;
        this.catalog = catalog;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What the portal is answered: our dossier code for its id, and whether this delivery created it. */
    record Receipt(String portalDossierId, String dossierCode, boolean created) {
    }

    private record Delivered(String dossierCode, String bodySha256) {
    }

    /**
     * The dossier for this delivery: the one created earlier for the same portal id, or a new one.
     * A refused delivery stores nothing.
     *
     * @param bodySha256 the delivered body's digest: the same id with other content is a conflict
     */
    Receipt receive(PortalDossier message, String bodySha256) {
        String portalId = InputRules.matching(
                InputRules.required(message.portalDossierId(), PortalDossier.PORTAL_DOSSIER_ID, 60),
                PORTAL_DOSSIER_ID, PortalDossier.PORTAL_DOSSIER_ID);
        Optional<Receipt> earlier = earlier(portalId, bodySha256);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        LocalDateTime submittedAt = submittedAt(message.submittedAt());
        Procedure procedure = catalog.find(InputRules.required(message.procedureCode(), PortalDossier.PROCEDURE_CODE, 20))
                .filter(Procedure::offeredOnline)
                .orElseThrow(() -> new InvalidInputException(PortalDossier.PROCEDURE_CODE, "error.procedure.notOnline",
                        message.procedureCode()));
        List<Upload> uploads = uploads(message.documents(), procedure.requiredDocuments().size());
        IntakeRequest request = new IntakeRequest(procedure.code(), Channel.ONLINE,
                new Applicant(message.applicantName(), message.applicantIdNumber(), message.applicantPhone(),
                        message.applicantEmail(), message.applicantAddress()),
                message.agencyCode());
        try {
            String code = transaction.execute(status -> {
                // the key first: a concurrent delivery of the same id waits here until this one ends
                jdbc.sql("INSERT INTO national_portal_inbound (portal_dossier_id, body_sha256, submitted_at, received_at) "
                                + "VALUES (?, ?, ?, ?)")
                        .params(portalId, bodySha256, submittedAt, clock.now()).update();
                String dossierCode = submitAsOurs(request, uploads).code();
                jdbc.sql("UPDATE national_portal_inbound SET dossier_code = ? WHERE portal_dossier_id = ?")
                        .params(dossierCode, portalId).update();
                return dossierCode;
            });
            log.info("National portal dossier {} received as {}", portalId, code);
            return new Receipt(portalId, code, true);
        } catch (DuplicateKeyException concurrentDelivery) {
            return earlier(portalId, bodySha256).orElseThrow(() -> concurrentDelivery);
        }
    }

    private Optional<Receipt> earlier(String portalId, String bodySha256) {
        return jdbc.sql("SELECT dossier_code, body_sha256 FROM national_portal_inbound WHERE portal_dossier_id = ?")
                .param(portalId).query(Delivered.class).optional()
                .map(delivered -> {
                    if (!delivered.bodySha256().equals(bodySha256)) {
                        throw new ConflictException(PortalDossier.PORTAL_DOSSIER_ID,
                                "error.nationalPortal.deliveredOtherwise", portalId, delivered.dossierCode());
                    }
                    return new Receipt(portalId, delivered.dossierCode(), false);
                });
    }

    /** Our intake's refusals, renamed to the message's fields. */
    private Dossier submitAsOurs(IntakeRequest request, List<Upload> uploads) {
        try {
            return submissions.submit(request, uploads);
        } catch (InvalidInputException e) {
            throw renamed(e, PortalDossier.fieldOf(e.field()));
        }
    }

    /**
     * Strictly {@code yyyyMMddHHmmss} (no 30 February), and not later than our clock allows: a
     * dossier submitted in the future is a malformed message.
     */
    private LocalDateTime submittedAt(String value) {
        String text = InputRules.required(value, PortalDossier.SUBMITTED_AT, 14);
        try {
            LocalDateTime submittedAt = LocalDateTime.parse(text, PORTAL_TIME);
            if (submittedAt.isAfter(clock.now().plus(settings.maxClockSkew()))) {
                throw new InvalidInputException(PortalDossier.SUBMITTED_AT, "error.nationalPortal.submittedInFuture",
                        text);
            }
            return submittedAt;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(PortalDossier.SUBMITTED_AT, "error.field.malformed",
                    PortalDossier.SUBMITTED_AT);
        }
    }

    /**
     * The files decoded, each checked on its own by the portal's own upload rules so that a
     * refusal names it ({@code TaiLieuNop[2]}); their number is checked with the dossier, by the
     * same rules again ({@code TaiLieuNop}). The body's size limit bounds the work done here.
     */
    private List<Upload> uploads(List<PortalDossier.Document> sent, int checklistSize) {
        if (sent == null) {
            return List.of();
        }
        List<Upload> uploads = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            PortalDossier.Document document = sent.get(i);
            if (document == null) {
                throw new InvalidInputException(PortalDossier.documentField(i, null), "error.field.required",
                        PortalDossier.documentField(i, null));
            }
            Upload upload = new Upload(position(document.position(), checklistSize, i),
                    InputRules.storable(document.name(), PortalDossier.documentField(i, PortalDossier.Document.NAME)),
                    content(document.content(), i));
            try {
                documents.check(List.of(upload));
            } catch (InvalidInputException e) {
                throw renamed(e, PortalDossier.documentField(i, null));
            }
            uploads.add(upload);
        }
        return uploads;
    }

    private static int position(String value, int checklistSize, int index) {
        String field = PortalDossier.documentField(index, PortalDossier.Document.POSITION);
        String text = InputRules.required(value, field, 3);
        int position = POSITION.matcher(text).matches() ? Integer.parseInt(text) : 0;
        if (position < 1 || position > checklistSize) {
            throw new InvalidInputException(field, "error.nationalPortal.notOnChecklist", text, checklistSize);
        }
        return position;
    }

    private byte[] content(String base64, int index) {
        String field = PortalDossier.documentField(index, PortalDossier.Document.CONTENT);
        if (base64 == null || base64.isEmpty()) {
            throw new InvalidInputException(field, "error.field.required", field);
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "error.field.malformed", field);
        }
    }

    /** The same refusal naming the message's field; an argument that was our field's name is renamed too. */
    private static InvalidInputException renamed(InvalidInputException e, String field) {
        Object[] arguments = e.arguments() == null ? null : Arrays.stream(e.arguments())
                .map(argument -> e.field() != null && e.field().equals(argument) ? field : argument).toArray();
        return new InvalidInputException(field, e.messageKey(), arguments);
    }
}
