package vn.motcua.nationalportal.inbound;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The inbound API's settings ({@code motcua.national-portal.inbound.*}). The shared secrets come
 * from the environment ({@code MOTCUA_NATIONALPORTAL_INBOUND_SECRETS}), never from a file under
 * version control; several are accepted during a change of secret. With none, every delivery is
 * refused and nothing else fails.
 *
 * @param secrets     the secrets the portal may sign with, each at least 32 characters
 * @param maxClockSkew how far a signed timestamp may lie from our clock, either way
 * @param maxBody     the largest message read (its files travel inside, in base64)
 */
@ConfigurationProperties(prefix = "motcua.national-portal.inbound")
record InboundSettings(@DefaultValue List<String> secrets, @DefaultValue("5m") Duration maxClockSkew,
                       @DefaultValue("40MB") DataSize maxBody) {

    /** Shorter is guessable in practice; the portal's side generates them, we only refuse weak ones. */
    static final int MIN_SECRET_LENGTH = 32;

    InboundSettings {
        secrets = secrets.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String secret : secrets) {
            if (secret.length() < MIN_SECRET_LENGTH) {
                throw new IllegalArgumentException("motcua.national-portal.inbound.secrets: each secret needs at least "
                        + MIN_SECRET_LENGTH + " characters");
            }
        }
    }
}
