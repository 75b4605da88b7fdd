package vn.motcua.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.ProvinceClock;

/**
 * The {@code Idempotency-Key} header on requests that change something: the first request with
 * a key runs and its answer (status, Location, JSON body) is stored with it in the same
 * transaction; the same key again from the same user answers that stored answer without running
 * anything. Keys are per user. A refused request stores nothing (its transaction rolls back), so
 * sending it again is judged afresh. A request sent again while the first is still running waits
 * for it (the key's row is locked by the first insert) and then gets its answer.
 */
@Component
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final int RUNNING = 0;

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ProvinceClock clock;
    private final TransactionTemplate savepoint;

    IdempotentRequests(JdbcClient jdbc, ObjectMapper json, ProvinceClock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    private record Stored(String fingerprint, int status, String location, String body) {
    }

    /** The action's answer, run once per key; without a key (null) simply the action's answer. */
    @Transactional
    public ResponseEntity<?> once(String key, Object body, Supplier<ResponseEntity<?>> action) {
        if (key == null) {
            return action.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException(HEADER, "error.idempotencyKey.malformed", HEADER);
        }
        String username = username();
        String fingerprint = fingerprint(body);
        Optional<Stored> earlier = claim(username, key, fingerprint);
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint);
        }
        ResponseEntity<?> answer = action.get();
        jdbc.sql("UPDATE idempotent_request SET status = ?, location = ?, body = ? WHERE username = ? AND request_key = ?")
                .params(answer.getStatusCode().value(), answer.getHeaders().getFirst(HttpHeaders.LOCATION),
                        write(answer.getBody()), username, key)
                .update();
        return answer;
    }

    /** Inserts the key as running; if it is there already, what is stored under it. */
    private Optional<Stored> claim(String username, String key, String fingerprint) {
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql("""
                            INSERT INTO idempotent_request (username, request_key, fingerprint, status, created_at)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(username, key, fingerprint, RUNNING, clock.now()).update());
            return Optional.empty();
        } catch (DuplicateKeyException sentBefore) {
            return Optional.of(jdbc.sql("SELECT fingerprint, status, location, body FROM idempotent_request "
                            + "WHERE username = ? AND request_key = ?").params(username, key)
                    .query((rs, row) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                    .optional()
                    // not visible yet: the first request has not committed (a database that does not wait)
                    .orElseThrow(() -> new ConflictException(HEADER, "error.idempotencyKey.running", key)));
        }
    }

    private ResponseEntity<?> replay(Stored stored, String fingerprint) {
        if (!stored.fingerprint().equals(fingerprint)) {
            throw new ConflictException(HEADER, "error.idempotencyKey.reused", HEADER);
        }
        if (stored.status() == RUNNING) {
            throw new ConflictException(HEADER, "error.idempotencyKey.running", HEADER);
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(stored.status()).header("Idempotent-Replayed", "true");
        if (stored.location() != null) {
            answer.header(HttpHeaders.LOCATION, stored.location());
        }
        return stored.body() == null ? answer.build() : answer.contentType(MediaType.APPLICATION_JSON).body(stored.body());
    }

    /** Method, path and body: the same key sent with another request is a client's mistake. */
    private String fingerprint(Object body) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        String text = request.getMethod() + " " + request.getRequestURI() + "\n" + write(body);
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object body) {
        try {
            return body == null ? null : json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }
}
