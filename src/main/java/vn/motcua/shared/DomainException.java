package vn.motcua.shared;

/**
 * A request the application refuses, with a message key (resolved in the caller's
 * language) and, where one input is to blame, the name of that field. Thrown before
 * anything is changed, or inside the transaction that is then rolled back. Each kind carries its
 * HTTP status (@ResponseStatus), so a refusal reaching a controller without a handler of its own
 * still answers 4xx, never 500.
 */
public abstract class DomainException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    protected DomainException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** The input field at fault, or null when the request as a whole is refused. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
