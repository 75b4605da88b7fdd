package vn.motcua.testing;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Acts as a demo user in service-level tests (the current thread's security context). */
@Component
public class SignIn {

    private final UserDetailsService users;

    SignIn(UserDetailsService users) {
        this.users = users;
    }

    public void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public void out() {
        SecurityContextHolder.clearContext();
    }
}
