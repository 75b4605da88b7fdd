package vn.motcua.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
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
                        user.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .update();
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
