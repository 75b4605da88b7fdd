package vn.motcua.shared.web;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.motcua.shared.AccessDeniedException;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.process.Refusals;

/**
 * A refusal on a staff page that the page did not show beside a field: an error page with the
 * localized reason and the matching 4xx status (an unknown or foreign dossier is a 404).
 */
@ControllerAdvice(annotations = HtmlPage.class)
public class PageExceptionHandler {

    private final FormErrors errors;

    public PageExceptionHandler(FormErrors errors) {
        this.errors = errors;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException e) {
        ModelAndView page = new ModelAndView("page-error", statusOf(e));
        page.addObject("error", errors.of(e));
        page.addObject("status", statusOf(e).value());
        return page;
    }

    /** A refusal wrapped by the engine, or a race lost to another clerk: shown like any refusal. */
    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception e) throws Exception {
        Optional<DomainException> refusal = Refusals.within(e);
        if (refusal.isEmpty()) {
            throw e;
        }
        return refused(refusal.get());
    }

    private static HttpStatus statusOf(DomainException e) {
        if (e instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        } else if (e instanceof AccessDeniedException) {
            return HttpStatus.FORBIDDEN;
        } else if (e instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        return HttpStatus.BAD_REQUEST;
    }
}
