package vn.motcua.shared;

import java.time.Duration;

/** The client must slow down (HTTP 429 with Retry-After). */
public class TooManyRequestsException extends DomainException {

    private final Duration retryAfter;

    public TooManyRequestsException(Duration retryAfter, String messageKey) {
        super(null, messageKey);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
