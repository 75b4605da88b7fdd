package vn.motcua.security;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every password sign-in, form or HTTP Basic: an attempt is taken from the source address
 * and then from the account before the password is checked, so a blocked guess is refused
 * unheard, right password or not. The address is the request's remote address, which is
 * the client's only when {@code server.forward-headers-strategy} is set behind a trusted
 * proxy: a raw X-Forwarded-For header is never read here.
 * <p>A script's parallel HTTP Basic calls must not block their own account by holding five
 * attempts at once: a password this node proved right a moment ago ({@link VerifiedCredentials})
 * is accepted without taking an attempt unless the account or the address is blocked, and
 * identical credentials arriving together on this node are checked once, the others waiting
 * for that answer (a lock per credential stripe).
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private static final int STRIPES = 64;

    private final StaffUserDetailsService users;
    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final VerifiedCredentials verified;
    private final Object[] stripes = new Object[STRIPES];

    ThrottledSignIn(StaffUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                    VerifiedCredentials verified) {
        this.users = users;
        this.passwords = new DaoAuthenticationProvider(encoder);
        this.passwords.setUserDetailsService(users);
        this.throttle = throttle;
        this.verified = verified;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String address = addressOf(attempt);
        Optional<UserDetails> account = knownAccount(attempt.getName());
        Optional<Authentication> recalled = recall(attempt, account, address);
        if (recalled.isPresent()) {
            return recalled.get();
        }
        synchronized (stripes[Math.floorMod((attempt.getName() + '\0' + attempt.getCredentials()).hashCode(), STRIPES)]) {
            // the same credentials may have been proved right while this call waited
            return recall(attempt, account, address).orElseGet(() -> checkPassword(attempt, address));
        }
    }

    private Authentication checkPassword(Authentication attempt, String address) {
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
        if (signedIn.getPrincipal() instanceof UserDetails user && attempt.getCredentials() instanceof String password) {
            verified.remember(username, user.getPassword(), password);
        }
        throttle.succeeded(LoginThrottle.ACCOUNT, username);
        throttle.succeeded(LoginThrottle.ADDRESS, address);
        return signedIn;
    }

    private Optional<UserDetails> knownAccount(String username) {
        if (username == null || !StaffAccounts.USERNAME.matcher(username).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(users.loadUserByUsername(username));
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The account as it is now, if this exact password was proved right a moment ago and nothing is blocked. */
    private Optional<Authentication> recall(Authentication attempt, Optional<UserDetails> account, String address) {
        if (account.isEmpty() || !(attempt.getCredentials() instanceof String password)) {
            return Optional.empty();
        }
        UserDetails user = account.get();
        if (!user.isEnabled() || !user.isAccountNonLocked() || !verified.holds(user.getUsername(), user.getPassword(), password)
                || throttle.eitherBlocked(user.getUsername(), address)) {
            return Optional.empty();
        }
        UsernamePasswordAuthenticationToken signedIn =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        signedIn.setDetails(attempt.getDetails());
        return Optional.of(signedIn);
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
