package vn.motcua.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts (the sign-in throttle is {@link LoginThrottle}). */
@Service
public class StaffAccounts {

    /**
     * What an account's name can be: the column's width, and the characters Camunda accepts
     * in a user id (application.yml, user-resource-whitelist-pattern).
     */
    static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{1,50}");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username)
                .query(Integer.class).single() > 0;
    }

    public boolean none() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Integer.class).single() == 0;
    }

    public Optional<StaffUser> find(String username) {
        return principal(username).map(StaffPrincipal::staffUser);
    }

    @Transactional
    public void create(StaffUser user, String rawPassword) {
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, full_name, agency_code, roles)
                VALUES (?, ?, ?, ?, ?)""")
                .params(user.username(), passwordEncoder.encode(rawPassword), user.fullName(), user.agencyCode(),
                        rolesColumn(user.roles()))
                .update();
    }

    /** Every account, enabled or not, by agency and name. */
    List<StaffPrincipal> all() {
        return jdbc.sql("""
                SELECT username, password_hash, full_name, agency_code, roles, enabled
                FROM app_user ORDER BY agency_code, username""").query(this::map).list();
    }

    void assign(String username, String agencyCode, Set<Role> roles) {
        jdbc.sql("UPDATE app_user SET agency_code = ?, roles = ? WHERE username = ?")
                .params(agencyCode, rolesColumn(roles), username).update();
    }

    void enable(String username, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = ? WHERE username = ?").params(enabled, username).update();
    }

    /** Stored as the application's encoder hashes it (bcrypt): the password itself is kept nowhere. */
    void changePassword(String username, String rawPassword) {
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = ?")
                .params(passwordEncoder.encode(rawPassword), username).update();
    }

    /**
     * The enabled administrators, their rows locked until the caller's transaction ends: two
     * administrators disabling each other at once take turns, and the second sees the first's change.
     */
    List<String> lockEnabledAdministrators() {
        return jdbc.sql("""
                SELECT username, password_hash, full_name, agency_code, roles, enabled
                FROM app_user WHERE enabled = TRUE AND roles LIKE '%ADMIN%' FOR UPDATE""")
                .query(this::map).stream().map(StaffPrincipal::staffUser)
                .filter(user -> user.has(Role.ADMIN)).map(StaffUser::username).toList();
    }

    private static String rolesColumn(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    Optional<StaffPrincipal> principal(String username) {
        return jdbc.sql("""
                SELECT username, password_hash, full_name, agency_code, roles, enabled
                FROM app_user WHERE username = ?""")
                .param(username).query(this::map).optional();
    }

    private StaffPrincipal map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = Arrays.stream(rs.getString("roles").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).map(Role::valueOf).collect(Collectors.toSet());
        StaffUser user = new StaffUser(rs.getString("username"), rs.getString("full_name"),
                rs.getString("agency_code"), roles);
        return new StaffPrincipal(user, rs.getString("password_hash"), rs.getBoolean("enabled"));
    }
}
