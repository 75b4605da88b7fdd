package vn.motcua.security;

import java.io.IOException;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import vn.motcua.shared.web.ApiError;

/**
 * Two filter chains: the JSON API (HTTP Basic, or the page session for links such as PDF
 * downloads) and the pages (form login). Nothing is open but health, the public citizen
 * API and what the login page itself needs; Camunda's REST API and webapps are for admins.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectMapper json, MessageSource messages,
                                 LocaleResolver locales) throws Exception {
        JsonRefusal refusal = new JsonRefusal(json, messages, locales);
        http.securityMatcher(any("/api/**", "/engine-rest/**"))
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(any("/api/public/**")).permitAll()
                        .requestMatchers(any("/engine-rest/**")).hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(
                        (request, response, e) -> refusal.write(request, response, 401, "error.login.required")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(
                                (request, response, e) -> refusal.write(request, response, 401, "error.login.required"))
                        .accessDeniedHandler(
                                (request, response, e) -> refusal.write(request, response, 403, "error.access.denied")))
                // Scripts authenticate on each call; a signed-in browser may reuse its page session.
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // CSRF abuses ambient credentials: only calls riding on a browser's session cookie
                // need a token. A script's Authorization header cannot be forged cross-site, and
                // the public citizen API has no session to abuse.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request ->
                        !SAFE_METHODS.contains(request.getMethod())
                                && request.getHeader("Authorization") == null
                                && request.getRequestedSessionId() != null
                                && !any("/api/public/**").matches(request)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(rules -> rules
                        .requestMatchers(any("/actuator/health", "/actuator/health/**")).permitAll()
                        .requestMatchers(any("/actuator/**", "/camunda/**")).hasRole(Role.ADMIN.name())
                        .requestMatchers(any("/login", "/css/**", "/js/**", "/images/**", "/webjars/**",
                                "/favicon.ico", "/error", "/portal/**")).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutRequestMatcher(match(HttpMethod.POST, "/logout"))
                        .logoutSuccessUrl("/login?logout"))
                // Camunda's webapps send their own CSRF token (X-XSRF-TOKEN), checked by Camunda.
                .csrf(csrf -> csrf.ignoringRequestMatchers(any("/camunda/**")));
        return http.build();
    }

    static RequestMatcher any(String... patterns) {
        RequestMatcher[] matchers = new RequestMatcher[patterns.length];
        for (int i = 0; i < patterns.length; i++) {
            matchers[i] = PathPatternRequestMatcher.withDefaults().matcher(patterns[i]);
        }
        return new OrRequestMatcher(matchers);
    }

    private static RequestMatcher match(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    /** Writes 401/403 of the API in the same JSON shape as every other API error. */
    private record JsonRefusal(ObjectMapper json, MessageSource messages, LocaleResolver locales) {
        void write(HttpServletRequest request, HttpServletResponse response, int status, String key)
                throws IOException {
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            if (status == 401) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"motcua\"");
            }
            String message = messages.getMessage(key, null, key, locales.resolveLocale(request));
            json.writeValue(response.getOutputStream(), new ApiError(message, null));
        }
    }
}
