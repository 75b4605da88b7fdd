package vn.motcua.shared;

/** The action does not fit the current state, e.g. acting on a finished dossier (HTTP 409). */
public class ConflictException extends DomainException {
    public ConflictException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
