package vn.motcua.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.ProvinceClock;

/** Staff accounts and their login lockout. */
@Service
public class StaffAccounts {

    /** Failed logins in a row that lock an account, and for how long. */
    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final ProvinceClock clock;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, ProvinceClock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
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
                SELECT username, password_hash, full_name, agency_code, roles, enabled, locked_until
                FROM app_user WHERE username = ?""")
                .param(username).query(this::map).optional();
    }

    @Transactional
    void recordFailedLogin(String username) {
        jdbc.sql("UPDATE app_user SET failed_logins = failed_logins + 1 WHERE username = ?").param(username).update();
        jdbc.sql("UPDATE app_user SET locked_until = ?, failed_logins = 0 WHERE username = ? AND failed_logins >= ?")
                .params(clock.now().plus(LOCK_DURATION), username, MAX_FAILED_LOGINS).update();
    }

    @Transactional
    void recordSuccessfulLogin(String username) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE username = ? AND failed_logins > 0")
                .param(username).update();
    }

    private StaffPrincipal map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = Arrays.stream(rs.getString("roles").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).map(Role::valueOf).collect(Collectors.toSet());
        StaffUser user = new StaffUser(rs.getString("username"), rs.getString("full_name"),
                rs.getString("agency_code"), roles);
        LocalDateTime lockedUntil = rs.getObject("locked_until", LocalDateTime.class);
        boolean locked = lockedUntil != null && lockedUntil.isAfter(clock.now());
        return new StaffPrincipal(user, rs.getString("password_hash"), rs.getBoolean("enabled"), locked);
    }
}
