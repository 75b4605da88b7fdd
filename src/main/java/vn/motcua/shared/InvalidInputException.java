package vn.motcua.shared;

/** The input is malformed or breaks a rule (HTTP 400). */
public class InvalidInputException extends DomainException {
    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
