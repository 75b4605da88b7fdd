package vn.motcua.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Passwords this node proved right a few minutes ago. A script's HTTP Basic calls each sign in:
 * without this, five of them in flight on one account would use up its throttle window and
 * block it, and every call would pay a bcrypt check. Only the account's exact right password,
 * against the hash stored now, can match, so a wrong guess never gets past the throttle this
 * way; a changed password falls out at once (the stored hash is part of the key). Entries are
 * HMACs under a key that lives only in this JVM, never the password itself.
 */
@Component
class VerifiedCredentials {

    static final Duration KEEP = Duration.ofMinutes(5);
    /** A bound on memory whatever happens; a full table starts again (every entry is a cache). */
    private static final int MAX_ENTRIES = 10_000;

    private final SecretKeySpec key;
    private final Map<String, Instant> verifiedAt = new ConcurrentHashMap<>();

    VerifiedCredentials() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    void remember(String username, String storedHash, String password) {
        if (verifiedAt.size() >= MAX_ENTRIES) {
            verifiedAt.clear();
        }
        verifiedAt.put(fingerprint(username, storedHash, password), Instant.now());
    }

    boolean holds(String username, String storedHash, String password) {
        String fingerprint = fingerprint(username, storedHash, password);
        Instant at = verifiedAt.get(fingerprint);
        if (at == null) {
            return false;
        }
        if (at.plus(KEEP).isBefore(Instant.now())) {
            verifiedAt.remove(fingerprint, at);
            return false;
        }
        return true;
    }

    private String fingerprint(String username, String storedHash, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            for (String part : new String[] {username, storedHash, password}) {
                mac.update(part.getBytes(StandardCharsets.UTF_8));
                mac.update((byte) 0);
            }
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
