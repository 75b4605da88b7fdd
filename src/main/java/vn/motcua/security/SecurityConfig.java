package vn.motcua.security;

import java.io.IOException;

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
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import vn.motcua.shared.web.ApiError;

/**
 * Two filter chains: the JSON API and the actuator (HTTP Basic, or the page session for
 * links such as PDF downloads) and the pages (form login). Nothing is open but health, the
 * public citizen API, the portal, the national portal's signed deliveries and what the login
 * page itself needs; Camunda's REST API
 * and webapps are for admins, the Prometheus metrics for the metrics role. Every password
 * sign-in goes through {@link ThrottledSignIn}; ADR 0008 explains the choices.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    /** See {@link #ourHeaders}. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /**
     * A citizen's file sent inline (PDF or picture, see DocumentController): it loads nothing
     * itself, and only our own pages (the desk's preview) may frame it.
     */
    static final String INLINE_FILE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
            + "object-src 'self'; frame-ancestors 'self'";
    private static final RequestMatcher INLINE_FILE = any("/api/dossiers/*/documents/*/inline");
    /**
     * The national portal's deliveries of online dossiers: no staff account, no session, so no
     * CSRF token either; each call is authenticated by its signature (nationalportal.inbound).
     */
    private static final String NATIONAL_PORTAL_INBOUND = "/api/national-portal/dossiers";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectMapper json, MessageSource messages,
                                 LocaleResolver locales) throws Exception {
        JsonRefusal refusal = new JsonRefusal(json, messages, locales);
        CsrfFilter csrf = new CsrfFilter(new HttpSessionCsrfTokenRepository());
        csrf.setRequireCsrfProtectionMatcher(new SessionRidingCalls(any("/api/public/**", NATIONAL_PORTAL_INBOUND)));
        csrf.setAccessDeniedHandler(
                (request, response, e) -> refusal.write(request, response, 403, "error.access.denied"));
        http.securityMatcher(any("/api/**", "/engine-rest/**", "/actuator/**"))
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(any("/api/public/**", "/actuator/health", "/actuator/health/**")).permitAll()
                        // machine to machine: the controller authenticates each call by its HMAC signature
                        .requestMatchers(match(HttpMethod.POST, NATIONAL_PORTAL_INBOUND)).permitAll()
                        .requestMatchers(any("/actuator/prometheus")).hasAnyRole(Role.METRICS.name(), Role.ADMIN.name())
                        .requestMatchers(any("/engine-rest/**", "/actuator/**")).hasRole(Role.ADMIN.name())
                        .anyRequest().hasAnyRole(Role.staff()))
                .httpBasic(basic -> basic.authenticationEntryPoint(
                        (request, response, e) -> refusal.write(request, response, 401, "error.login.required")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(
                                (request, response, e) -> refusal.write(request, response, 401, "error.login.required"))
                        .accessDeniedHandler(
                                (request, response, e) -> refusal.write(request, response, 403, "error.access.denied")))
                // Scripts authenticate on each call; a signed-in browser may reuse its page session.
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .headers(SecurityConfig::ourHeaders)
                // Checked once the Basic filter has run: see SessionRidingCalls.
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterAfter(csrf, BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(rules -> rules
                        .requestMatchers(any("/camunda/**")).hasRole(Role.ADMIN.name())
                        .requestMatchers(any("/login", "/assets/**", "/webjars/**",
                                "/favicon.ico", "/error", "/portal/**")).permitAll()
                        .anyRequest().hasAnyRole(Role.staff()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutRequestMatcher(match(HttpMethod.POST, "/logout"))
                        .logoutSuccessUrl("/login?logout"))
                .headers(SecurityConfig::ourHeaders)
                // Camunda's webapps send their own CSRF token (X-XSRF-TOKEN), checked by Camunda.
                .csrf(csrf -> csrf.ignoringRequestMatchers(any("/camunda/**"))
                        .csrfTokenRepository(new PortalCsrfTokens(any("/portal/**"))));
        return http.build();
    }

    /**
     * Our pages load scripts only from our own origin: no inline script or handler, no eval.
     * Inline styles stay allowed, as the modeler and the charts set them from script. Camunda's
     * webapps send a policy of their own (which they need laxer), so ours is not added there:
     * a second policy would be enforced on top of theirs.
     */
    private static void ourHeaders(HeadersConfigurer<HttpSecurity> headers) {
        RequestMatcher ourPages = new AndRequestMatcher(new NegatedRequestMatcher(any("/camunda/**")),
                new NegatedRequestMatcher(INLINE_FILE));
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(ourPages,
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                // the desk previews a citizen's PDF in a frame of its own page, and nothing else is framed
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(INLINE_FILE,
                        new ContentSecurityPolicyHeaderWriter(INLINE_FILE_POLICY)))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::disable)
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(INLINE_FILE,
                        new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(INLINE_FILE),
                        new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)))
                // dossier codes travel in our addresses: they must not reach other sites
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
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
