package vn.motcua.shared;

/** The caller is known but may not do this, e.g. complete someone else's task (HTTP 403). */
public class AccessDeniedException extends DomainException {
    public AccessDeniedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
