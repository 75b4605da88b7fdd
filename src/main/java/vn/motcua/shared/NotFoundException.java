package vn.motcua.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The thing asked for does not exist, or the caller may not know that it exists (HTTP 404). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends DomainException {
    public NotFoundException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
