package vn.motcua.shared.web;

/** A refusal as a form shows it: the field at fault (null for the whole form) and the message. */
public record FormError(String field, String message) {

    /** Whether the message belongs beside this field. */
    public boolean isFor(String name) {
        return name.equals(field);
    }
}
