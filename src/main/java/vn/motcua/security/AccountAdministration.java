package vn.motcua.security;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.agency.AgencyDirectory;
import vn.motcua.security.AccountChanged.Change;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InputRules;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.LocalizedText;
import vn.motcua.shared.NotFoundException;

/**
 * What administrators do to staff accounts: create one, move it to another agency or change its
 * roles, disable or enable it, set a new password. Each change is checked whole before anything is
 * written, is on the audit trail ({@link AccountChanged}) and ends the account's sessions on every
 * node, so that it takes effect at the user's next request. Cached Basic credentials need nothing:
 * {@link VerifiedCredentials} keys them by the stored hash and {@link ThrottledSignIn} reads the
 * account afresh on each call, so a new password or a disabled account is seen at once.
 */
@Service
public class AccountAdministration {

    /**
     * The name of a new account: lower-case letters without diacritics, digits and dots, as in
     * "nguyen.lan" (narrower than {@link StaffAccounts#USERNAME}, which older accounts fit).
     */
    static final Pattern NEW_USERNAME = Pattern.compile("[a-z0-9][a-z0-9.]{1,49}");
    static final int PASSWORD_MIN_LENGTH = 8;
    /** bcrypt reads no further: a longer password would be refused by the encoder. */
    static final int PASSWORD_MAX_BYTES = 72;
    private static final int FULL_NAME_LENGTH = 200;
    /** The audit trail's descriptions are in Vietnamese whatever the administrator's page language. */
    /** The audit trail is written in the first language. */
    private static final Locale TRAIL = LocalizedText.VIETNAMESE;

    private final StaffAccounts accounts;
    private final AgencyDirectory agencies;
    private final SignedInSessions sessions;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    AccountAdministration(StaffAccounts accounts, AgencyDirectory agencies, SignedInSessions sessions,
                          CurrentUser currentUser, ApplicationEventPublisher events, MessageSource messages) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.events = events;
        this.messages = messages;
    }

    public List<StaffAccount> all() {
        return accounts.all().stream().map(AccountAdministration::summary).toList();
    }

    public StaffAccount get(String username) {
        return accounts.principal(username).map(AccountAdministration::summary)
                .orElseThrow(() -> new NotFoundException("username", "error.account.unknown", username));
    }

    /** A new account, enabled, with the password the administrator typed (stored hashed). */
    @Transactional
    public StaffUser create(String username, String fullName, String agencyCode, Collection<String> roles,
                            String password) {
        String name = username == null ? null : username.trim();
        if (name == null || !NEW_USERNAME.matcher(name).matches()) {
            throw new InvalidInputException("username", "error.account.username");
        }
        StaffUser user = new StaffUser(name,
                InputRules.required(fullName, "fullName", FULL_NAME_LENGTH, "error.account.fullName"),
                agency(agencyCode), roles(roles));
        checkPassword(password);
        if (accounts.exists(name)) {
            throw new ConflictException("username", "error.account.username.taken", name);
        }
        try {
            accounts.create(user, password);
        } catch (DuplicateKeyException createdAtTheSameMoment) {
            throw new ConflictException("username", "error.account.username.taken", name);
        }
        record(name, Change.CREATED, "audit.account.created", name, user.fullName(), agencyWords(user.agencyCode()),
                roleWords(user.roles()));
        return user;
    }

    /** Another agency or other roles; the last enabled administrator keeps ADMIN. */
    @Transactional
    public void reassign(String username, String agencyCode, Collection<String> roles) {
        StaffAccount account = get(username);
        String agency = agency(agencyCode);
        Set<Role> newRoles = roles(roles);
        if (account.enabled() && account.user().has(Role.ADMIN) && !newRoles.contains(Role.ADMIN)) {
            keepOneAdministrator(username);
        }
        accounts.assign(username, agency, newRoles);
        record(username, Change.REASSIGNED, "audit.account.reassigned", username,
                agencyWords(account.user().agencyCode()), roleWords(account.user().roles()), agencyWords(agency),
                roleWords(newRoles));
        sessions.endAfterCommit(username);
    }

    /** A disabled account cannot sign in, and its sessions end; the last enabled administrator stays. */
    @Transactional
    public void disable(String username) {
        StaffAccount account = get(username);
        if (account.enabled() && account.user().has(Role.ADMIN)) {
            keepOneAdministrator(username);
        }
        accounts.enable(username, false);
        record(username, Change.DISABLED, "audit.account.disabled", username);
        sessions.endAfterCommit(username);
    }

    @Transactional
    public void enable(String username) {
        get(username);
        accounts.enable(username, true);
        record(username, Change.ENABLED, "audit.account.enabled", username);
    }

    /** The administrator types the new password; it is stored hashed and never shown or recorded. */
    @Transactional
    public void resetPassword(String username, String password) {
        get(username);
        checkPassword(password);
        accounts.changePassword(username, password);
        record(username, Change.PASSWORD_RESET, "audit.account.passwordReset", username);
        sessions.endAfterCommit(username);
    }

    private void keepOneAdministrator(String username) {
        boolean anotherRemains = accounts.lockEnabledAdministrators().stream().anyMatch(other -> !other.equals(username));
        if (!anotherRemains) {
            throw new ConflictException(null, "error.account.lastAdmin", username);
        }
    }

    private String agency(String code) {
        String trimmed = code == null ? "" : code.trim();
        if (trimmed.isEmpty() || !InputRules.isStorable(trimmed) || !agencies.exists(trimmed)) {
            throw new InvalidInputException("agencyCode", "error.account.agency");
        }
        return trimmed;
    }

    private static Set<Role> roles(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidInputException("roles", "error.account.roles");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException notARole) {
                throw new InvalidInputException("roles", "error.account.roles");
            }
        }
        return roles;
    }

    private static void checkPassword(String password) {
        if (password == null || password.codePointCount(0, password.length()) < PASSWORD_MIN_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES
                || !InputRules.isStorable(password)) {
            throw new InvalidInputException("password", "error.account.password");
        }
    }

    private void record(String username, Change change, String descriptionKey, Object... arguments) {
        events.publishEvent(new AccountChanged(currentUser.actorName(), username, change,
                messages.getMessage(descriptionKey, arguments, TRAIL)));
    }

    private String agencyWords(String code) {
        return agencies.find(code).map(agency -> code + " (" + agency.nameVi() + ")").orElse(code);
    }

    private String roleWords(Set<Role> roles) {
        return roles.stream().sorted().map(role -> messages.getMessage(role.labelKey(), null, TRAIL))
                .collect(Collectors.joining(", "));
    }

    private static StaffAccount summary(StaffPrincipal principal) {
        return new StaffAccount(principal.staffUser(), principal.enabled());
    }
}
