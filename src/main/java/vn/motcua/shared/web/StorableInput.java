package vn.motcua.shared.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.WebUtils;
import vn.motcua.shared.InputRules;

/**
 * Refuses, before any controller runs, a request whose parameters (query, form, multipart
 * fields), path variables or uploaded file names hold a character no text may hold (NUL,
 * non-characters, unpaired surrogates): 400 naming the parameter. Such a value would fail deep
 * inside (PostgreSQL refuses NUL) or be stored and break the official PDFs later. JSON bodies
 * are checked as they are read ({@link StorableTextModule}). Ordered after the audit's
 * interceptor, so the refusal is on the record.
 */
@Configuration
class StorableInput implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).order(1);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            check(parameter.getKey(), parameter.getKey());
            for (String value : parameter.getValue()) {
                check(value, parameter.getKey());
            }
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> check(String.valueOf(value), String.valueOf(name)));
        }
        // the multipart request may sit under the security filters' wrappers
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart != null) {
            for (Map.Entry<String, List<MultipartFile>> files : multipart.getMultiFileMap().entrySet()) {
                check(files.getKey(), files.getKey());
                files.getValue().forEach(file -> check(file.getOriginalFilename(), files.getKey()));
            }
        }
        return true;
    }

    private static void check(String text, String field) {
        // the field's own name may be what is wrong: it is then not repeated in the answer
        InputRules.storable(text, InputRules.isStorable(field) ? field : null);
    }
}
