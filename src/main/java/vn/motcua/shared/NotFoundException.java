package vn.motcua.shared;

/** The thing asked for does not exist, or the caller may not know that it exists (HTTP 404). */
public class NotFoundException extends DomainException {
    public NotFoundException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
