package vn.motcua.shared.web;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.motcua.shared.AccessDeniedException;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.TooManyRequestsException;
import vn.motcua.shared.process.Refusals;

/**
 * Turns every refusal of a JSON endpoint into {@code {"error", "field"}} with a 4xx.
 * Anything unexpected answers 500 with a generic message: stack traces stay in the log.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;
    private final FormErrors words;

    public ApiExceptionHandler(MessageSource messages, FormErrors words) {
        this.messages = messages;
        this.words = words;
    }

    /** The message names the field in words, as on the pages; {@code field} keeps its machine name. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<ApiError> refused(DomainException e) {
        ResponseEntity<ApiError> response = ResponseEntity.status(statusOf(e))
                .body(new ApiError(words.message(e), e.field()));
        if (e instanceof TooManyRequestsException slowDown) {
            return ResponseEntity.status(response.getStatusCode())
                    .header("Retry-After", String.valueOf(Math.max(1, slowDown.retryAfter().toSeconds())))
                    .body(response.getBody());
        }
        return response;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, e.getName(), "error.field.malformed", e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, e.getParameterName(), "error.field.required", e.getParameterName());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
        FieldError fieldError = e.getBindingResult().getFieldError();
        String field = fieldError == null ? null : fieldError.getField();
        return error(HttpStatus.BAD_REQUEST, field, "error.field.invalid", field);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadableBody(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
            return error(HttpStatus.BAD_REQUEST, field, "error.field.malformed", field);
        }
        return error(HttpStatus.BAD_REQUEST, null, "error.body.unreadable");
    }

    /** The firewall refuses a header value (e.g. a NUL) only when the header is read, in the controller. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ApiError> rejected(RequestRejectedException e) {
        return error(HttpStatus.BAD_REQUEST, null, "error.request.rejected");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, null, "error.body.tooLarge");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> wrongMethod(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, null, "error.method.notAllowed", e.getMethod());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> wrongMediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, "error.mediaType.unsupported");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noSuchAddress(NoResourceFoundException e) {
        return error(HttpStatus.NOT_FOUND, null, "error.address.unknown");
    }

    /** A role check on a controller method (@PreAuthorize) refused the caller. */
    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<ApiError> roleMissing(org.springframework.security.access.AccessDeniedException e) {
        return error(HttpStatus.FORBIDDEN, null, "error.access.denied");
    }

    /**
     * A refusal wrapped by the engine, or a race lost to another request (409); anything else
     * is a fault: 500 with a generic message, the stack trace in the log.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        Optional<DomainException> refusal = Refusals.within(e);
        if (refusal.isPresent()) {
            log.info("Refused: {} (from {})", refusal.get().messageKey(), e.toString());
            return refused(refusal.get());
        }
        log.error("Unexpected error while serving an API request", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, null, "error.unexpected");
    }

    private static HttpStatus statusOf(DomainException e) {
        if (e instanceof InvalidInputException) {
            return HttpStatus.BAD_REQUEST;
        } else if (e instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        } else if (e instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        } else if (e instanceof AccessDeniedException) {
            return HttpStatus.FORBIDDEN;
        } else if (e instanceof TooManyRequestsException) {
            return HttpStatus.TOO_MANY_REQUESTS;
        }
        return HttpStatus.BAD_REQUEST;
    }

    private ResponseEntity<ApiError> error(HttpStatus status, String field, String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        String message = messages.getMessage(key, args, key, locale);
        return ResponseEntity.status(status).body(new ApiError(message, field));
    }
}
