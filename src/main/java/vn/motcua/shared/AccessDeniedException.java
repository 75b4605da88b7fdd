package vn.motcua.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The caller is known but may not do this, e.g. complete someone else's task (HTTP 403). */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class AccessDeniedException extends DomainException {
    public AccessDeniedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
