package vn.motcua.nationalportal.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.nationalportal.inbound.InboundDossiers.Receipt;
import vn.motcua.nationalportal.inbound.PortalSignature.SignatureRefused;
import vn.motcua.shared.web.ApiError;

/**
 * {@code POST /api/national-portal/dossiers}: the national portal hands over an online dossier.
 * Machine to machine: no staff login and no CSRF token (SecurityConfig lets it through), the
 * signature is the authentication, checked on the raw body before anything in it is read. The
 * answer is 201 for a new dossier and 200 for a delivery seen before, both with our dossier code;
 * refusals are the API's usual {@code {"error", "field"}} with 400, 401, 409 or 413, and the audit
 * trail records every delivery, refused or not (action NATIONAL_PORTAL_RECEIVE).
 */
@RestController
class InboundDossierController {

    private static final Logger log = LoggerFactory.getLogger(InboundDossierController.class);
    static final String PATH = "/api/national-portal/dossiers";

    private final PortalSignature signature;
    private final InboundDossiers inbound;
    private final InboundSettings settings;
    private final ObjectMapper json;
    private final MessageSource messages;

    InboundDossierController(PortalSignature signature, InboundDossiers inbound, InboundSettings settings,
                             ObjectMapper json, MessageSource messages) {
        this.signature = signature;
        this.inbound = inbound;
        this.settings = settings;
        this.json = json;
        this.messages = messages;
    }

    /** The answer: the portal's id and our dossier's code, which its page and the API address. */
    record Answer(String portalDossierId, String dossierCode) {
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Answer> receive(HttpServletRequest request,
                                   @RequestHeader(name = PortalSignature.TIMESTAMP_HEADER, required = false) String timestamp,
                                   @RequestHeader(name = PortalSignature.SIGNATURE_HEADER, required = false) String signed)
            throws IOException {
        byte[] body = body(request);
        signature.verify(timestamp, signed, body);
        Receipt receipt = inbound.receive(message(request, body), sha256(body));
        // Location also on a repeat: the audit trail records the delivery under the dossier it names
        return ResponseEntity.status(receipt.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/dossiers/" + receipt.dossierCode()))
                .body(new Answer(receipt.portalDossierId(), receipt.dossierCode()));
    }

    @ExceptionHandler(SignatureRefused.class)
    ResponseEntity<ApiError> unsigned(SignatureRefused e, HttpServletRequest request) {
        log.warn("Refused a national portal delivery from {}: {}", request.getRemoteAddr(), e.getMessage());
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "DVCQG-HMAC-SHA256")
                .body(new ApiError(text("error.nationalPortal.unsigned"), null));
    }

    @ExceptionHandler(BodyTooLarge.class)
    ResponseEntity<ApiError> tooLarge(BodyTooLarge e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(new ApiError(text("error.body.tooLarge"), null));
    }

    /** The raw body, read up to the limit: the signature covers these exact bytes. */
    private byte[] body(HttpServletRequest request) throws IOException {
        long limit = settings.maxBody().toBytes();
        if (request.getContentLengthLong() > limit) {
            throw new BodyTooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw new BodyTooLarge();
            }
            return body;
        }
    }

    /** Unreadable JSON is refused as any JSON body of the API is, naming the field where one is to blame. */
    private PortalDossier message(HttpServletRequest request, byte[] body) {
        try {
            PortalDossier message = json.readValue(body, PortalDossier.class);
            if (message == null) {
                throw new HttpMessageNotReadableException("null body", new ServletServerHttpRequest(request));
            }
            return message;
        } catch (JsonProcessingException e) {
            throw new HttpMessageNotReadableException(e.getOriginalMessage(), e, new ServletServerHttpRequest(request));
        } catch (IOException e) {
            throw new HttpMessageNotReadableException(e.getMessage(), e, new ServletServerHttpRequest(request));
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A body over {@code motcua.national-portal.inbound.max-body}: 413, read no further. */
    private static class BodyTooLarge extends RuntimeException {
    }
}
