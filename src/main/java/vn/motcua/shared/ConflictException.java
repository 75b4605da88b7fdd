package vn.motcua.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The action does not fit the current state, e.g. acting on a finished dossier (HTTP 409). */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends DomainException {
    public ConflictException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
