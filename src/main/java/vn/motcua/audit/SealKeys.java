package vn.motcua.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keys that seal the audit trail, held in the application's configuration and never in
 * the database: whoever can write to the database but not read the configuration cannot seal
 * a record the verifier accepts (ADR 0007).
 *
 * <p>{@code motcua.audit.seal-keys} lists {@code id:base64-key} pairs, oldest first; the last
 * one seals new records, the earlier ones only verify what they sealed (rotation). There is
 * no built-in default: without a key the application does not start, so a production node can
 * never seal with a key everybody knows (the demo profile configures its own).
 */
@Component
class SealKeys {

    private static final int MIN_KEY_BYTES = 32;

    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final String currentId;

    SealKeys(@Value("${motcua.audit.seal-keys:}") String configured) {
        for (String entry : configured.split(",")) {
            if (!entry.isBlank()) {
                add(entry.trim());
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("No audit sealing key: set motcua.audit.seal-keys (environment variable"
                    + " MOTCUA_AUDIT_SEAL_KEYS) to id:base64-key, see docs/operators.md");
        }
        currentId = keys.keySet().stream().reduce((first, second) -> second).orElseThrow();
    }

    private void add(String entry) {
        int colon = entry.indexOf(':');
        String id = colon > 0 ? entry.substring(0, colon) : "";
        byte[] key;
        try {
            key = Base64.getDecoder().decode(entry.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (id.isEmpty() || id.length() > 40 || key.length < MIN_KEY_BYTES || keys.containsKey(id)) {
            throw new IllegalStateException("motcua.audit.seal-keys: each entry must be a unique id (1–40 characters)"
                    + ", a colon and a base64 key of at least " + MIN_KEY_BYTES + " bytes; entry '" + id + "' is not");
        }
        keys.put(id, new SecretKeySpec(key, "HmacSHA256"));
    }

    boolean knows(String keyId) {
        return keyId != null && keys.containsKey(keyId);
    }

    /** The key that seals new records. */
    String currentId() {
        return currentId;
    }

    /** HMAC-SHA256 of the text under the named key, in hex; empty when no such key is configured. */
    Optional<String> mac(String keyId, String text) {
        SecretKeySpec key = keyId == null ? null : keys.get(keyId);
        if (key == null) {
            return Optional.empty();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Optional.of(HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    String macWithCurrent(String text) {
        return mac(currentId, text).orElseThrow();
    }
}
