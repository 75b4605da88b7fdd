package vn.motcua.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import vn.motcua.shared.DomainException;

/**
 * Writes every refused domain action to the log once, at WARN, with who asked for what and
 * why, but without a stack trace: a refusal is the application working, not failing. Runs
 * before the handlers that answer the refusal (API, pages, portal), and leaves answering to them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusalLog implements HandlerExceptionResolver {

    private static final Logger log = LoggerFactory.getLogger(RefusalLog.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception e) {
        if (e instanceof DomainException refused) {
            log.warn("Refused {} {} for {}: {}{}", request.getMethod(), request.getRequestURI(),
                    request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser(), refused.messageKey(),
                    refused.field() == null ? "" : " (field " + refused.field() + ")");
        }
        return null;
    }
}
