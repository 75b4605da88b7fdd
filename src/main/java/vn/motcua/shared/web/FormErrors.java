package vn.motcua.shared.web;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.motcua.shared.DomainException;

/**
 * Turns a service's refusal into the message a form shows, in the page's language, naming the
 * field in words ("Số định danh cá nhân phải gồm …"), never by its machine name: a message
 * {@code <key>.<field>} written for that field when there is one, else the general message with
 * the field's label ({@code field.<field>}) in place of its name. The JSON API keeps the machine
 * name in its {@code field} member for programs.
 */
@Component
public class FormErrors {

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    public FormError of(DomainException e) {
        return new FormError(e.field(), message(e));
    }

    /** The refusal in words, in the current request's language. */
    public String message(DomainException e) {
        Locale locale = LocaleContextHolder.getLocale();
        String field = e.field();
        if (field != null) {
            String own = messages.getMessage(e.messageKey() + "." + field, e.arguments(), null, locale);
            if (own != null) {
                return own;
            }
        }
        Object[] arguments = e.arguments() == null ? null : Arrays.stream(e.arguments())
                .map(argument -> field != null && field.equals(argument) ? label(field, locale) : argument)
                .toArray();
        return messages.getMessage(e.messageKey(), arguments, e.messageKey(), locale);
    }

    private String label(String field, Locale locale) {
        return messages.getMessage("field." + field, null, field, locale);
    }
}
