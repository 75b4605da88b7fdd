package vn.motcua.shared.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages for what reaches the container's error dispatch (an unknown path, a role refused by
 * Spring Security, an unexpected failure): the app's own page in the user's language, with a
 * heading chosen by the kind of error and never a detail of the failure.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Map<String, Object> page = new HashMap<>();
        page.put("kind", kindOf(status));
        return new ModelAndView("error", page, status);
    }

    private static String kindOf(HttpStatus status) {
        if (status == HttpStatus.NOT_FOUND) {
            return "notFound";
        } else if (status == HttpStatus.FORBIDDEN) {
            return "forbidden";
        }
        return status.is5xxServerError() ? "server" : "other";
    }
}
