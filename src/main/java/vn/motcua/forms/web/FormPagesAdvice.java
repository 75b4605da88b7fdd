package vn.motcua.forms.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.motcua.shared.AccessDeniedException;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.NotFoundException;

/**
 * Refusals on the forms' pages as a page with the message and the right status: a dossier
 * one may not see is "not found", exactly like an unknown one.
 */
@ControllerAdvice(assignableTypes = {ControlSlipPageController.class, LogbookPageController.class})
class FormPagesAdvice {

    private final MessageSource messages;

    FormPagesAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    String refused(DomainException e, HttpServletResponse response, Model model) {
        HttpStatus status = e instanceof NotFoundException ? HttpStatus.NOT_FOUND
                : e instanceof AccessDeniedException ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
        response.setStatus(status.value());
        model.addAttribute("errorMessage",
                messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale()));
        return "forms/problem";
    }
}
