package vn.motcua.nationalportal.inbound;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;
import vn.motcua.shared.ProvinceClock;

/**
 * Whether a delivery comes from the national portal: HMAC-SHA256 with a shared secret over the
 * timestamp header, a dot and the raw body, so that neither the body nor the time can be changed
 * without the secret. A timestamp further than the allowed skew from our clock is refused, so a
 * captured delivery cannot be played again later; within the window a replay is harmless, since
 * deliveries are idempotent on the portal's dossier id.
 */
@Component
class PortalSignature {

    static final String TIMESTAMP_HEADER = "X-DVCQG-Timestamp";
    static final String SIGNATURE_HEADER = "X-DVCQG-Signature";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,12}");
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final InboundSettings settings;
    private final ProvinceClock clock;

    PortalSignature(InboundSettings settings, ProvinceClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Refuses a delivery that is unsigned, signed with no secret of ours, or signed too long ago (or ahead). */
    void verify(String timestamp, String signature, byte[] body) {
        if (settings.secrets().isEmpty()) {
            throw new SignatureRefused("no secret configured (motcua.national-portal.inbound.secrets)");
        }
        if (timestamp == null || signature == null) {
            throw new SignatureRefused("unsigned");
        }
        if (!SECONDS.matcher(timestamp).matches() || !HEX_SHA256.matcher(signature).matches()) {
            throw new SignatureRefused("malformed signature headers");
        }
        Duration skew = Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), clock.instant()).abs();
        if (skew.compareTo(settings.maxClockSkew()) > 0) {
            throw new SignatureRefused("timestamp " + timestamp + " is " + skew.toSeconds() + " s from our clock");
        }
        byte[] given = HexFormat.of().parseHex(signature);
        boolean matches = false;
        for (String secret : settings.secrets()) {
            // every secret is tried, and compared in constant time: no timing tells which came close
            matches |= MessageDigest.isEqual(given, mac(secret, timestamp, body));
        }
        if (!matches) {
            throw new SignatureRefused("wrong signature");
        }
    }

    /** The signature of a body sent at a time (seconds since the epoch), as the portal computes it. */
    static String sign(String secret, String timestamp, byte[] body) {
        return HexFormat.of().formatHex(mac(secret, timestamp, body));
    }

    private static byte[] mac(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A delivery that could not be shown to come from the portal: 401, whatever the reason (logged, not told). */
    static class SignatureRefused extends RuntimeException {
        SignatureRefused(String reason) {
            super(reason);
        }
    }
}
