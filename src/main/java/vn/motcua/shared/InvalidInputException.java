package vn.motcua.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The input is malformed or breaks a rule (HTTP 400). */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends DomainException {
    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
