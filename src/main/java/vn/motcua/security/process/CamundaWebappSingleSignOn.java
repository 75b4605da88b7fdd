package vn.motcua.security.process;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * Cockpit, Admin and Tasklist trust our login instead of Camunda's own: whoever Spring
 * Security let through to /camunda/** (admins only) is signed in there as camunda-admin.
 * Camunda's setup page for a first admin is therefore never reachable anonymously.
 *
 * <p>The webapps insist on a user in Camunda's identity tables; one is created on an
 * admin's first visit, with a random password nobody knows (our login is the only way in).
 */
@Configuration
class CamundaWebappSingleSignOn {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", SpringSecurityUser.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        // after Spring Security's filter chain (order -100), which has authenticated the user
        registration.setOrder(101);
        return registration;
    }

    /** Instantiated by Camunda's filter by class name, hence public with a default constructor. */
    public static class SpringSecurityUser extends ContainerBasedAuthenticationProvider {
        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()) {
                return AuthenticationResult.unsuccessful();
            }
            String userId = authentication.getName();
            ensureCamundaAdmin(engine.getIdentityService(), userId);
            AuthenticationResult result = AuthenticationResult.successful(userId);
            result.setGroups(List.of(Groups.CAMUNDA_ADMIN));
            return result;
        }

        private static void ensureCamundaAdmin(IdentityService identity, String userId) {
            if (identity.createUserQuery().userId(userId).count() > 0) {
                return;
            }
            User user = identity.newUser(userId);
            user.setFirstName(userId);
            user.setLastName("(Một Cửa)");
            user.setPassword(UUID.randomUUID().toString());
            identity.saveUser(user);
            if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
                Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
                group.setName("Camunda administrators");
                group.setType(Groups.GROUP_TYPE_SYSTEM);
                identity.saveGroup(group);
            }
            identity.createMembership(userId, Groups.CAMUNDA_ADMIN);
        }
    }
}
