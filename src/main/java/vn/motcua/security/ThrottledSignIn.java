package vn.motcua.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every password sign-in, form or HTTP Basic: an attempt is taken from the source address
 * and then from the account before the password is checked, so a blocked guess is refused
 * unheard, right password or not. The address is the request's remote address, which is
 * the client's only when {@code server.forward-headers-strategy} is set behind a trusted
 * proxy: a raw X-Forwarded-For header is never read here.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledSignIn(StaffUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(encoder);
        this.passwords.setUserDetailsService(users);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String address = addressOf(attempt);
        if (!throttle.tryTake(LoginThrottle.ADDRESS, address)) {
            throw new LockedException("Too many failed sign-ins from this address");
        }
        String username = attempt.getName();
        if (!StaffAccounts.USERNAME.matcher(username).matches()) {
            // no account can have this name (300 characters, a NUL…): refused before any query;
            // the address keeps the attempt as a failure
            throw new BadCredentialsException("Not a possible username");
        }
        if (!throttle.tryTake(LoginThrottle.ACCOUNT, username)) {
            throw new LockedException("Too many failed sign-ins for this account");
        }
        Authentication signedIn = passwords.authenticate(attempt);
        throttle.succeeded(LoginThrottle.ACCOUNT, username);
        throttle.succeeded(LoginThrottle.ADDRESS, address);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }
}
