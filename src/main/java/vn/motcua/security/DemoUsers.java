package vn.motcua.security;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo staff (profile "demo"), all with password "demo": one of each role in the
 * commune Phước Vĩnh (XPV), a second commune's clerks (PTH) and the departments'
 * officers who take the inter-agency ("liên thông") steps; and the Prometheus scraper.
 */
@Component
@Profile("demo")
@Order(0)
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    static final String PASSWORD = "demo";

    static final List<StaffUser> USERS = List.of(
            new StaffUser("reception", "Nguyễn Thị Lan", "XPV", Set.of(Role.RECEPTION)),
            new StaffUser("specialist", "Trần Văn Minh", "XPV", Set.of(Role.SPECIALIST)),
            new StaffUser("leader", "Lê Hoàng Nam", "XPV", Set.of(Role.LEADER)),
            new StaffUser("auditor", "Phạm Thu Hà", "TINH", Set.of(Role.AUDITOR)),
            new StaffUser("analyst", "Võ Quốc Bảo", "TINH", Set.of(Role.ANALYST)),
            new StaffUser("admin", "Quản trị hệ thống", "TINH", Set.of(Role.ADMIN)),
            new StaffUser("reception2", "Hồ Thị Mai", "PTH", Set.of(Role.RECEPTION)),
            new StaffUser("specialist2", "Đặng Minh Tuấn", "PTH", Set.of(Role.SPECIALIST)),
            new StaffUser("leader2", "Bùi Văn Hùng", "PTH", Set.of(Role.LEADER)),
            new StaffUser("specialist.stc", "Ngô Thị Hạnh", "STC", Set.of(Role.SPECIALIST)),
            new StaffUser("leader.stc", "Trịnh Công Sơn", "STC", Set.of(Role.LEADER)),
            new StaffUser("specialist.sxd", "Lý Văn Phúc", "SXD", Set.of(Role.SPECIALIST)),
            new StaffUser("leader.sxd", "Đỗ Thanh Tùng", "SXD", Set.of(Role.LEADER)),
            new StaffUser("specialist.syt", "Vũ Thị Ngọc", "SYT", Set.of(Role.SPECIALIST)),
            new StaffUser("leader.syt", "Phan Quốc Khánh", "SYT", Set.of(Role.LEADER)),
            new StaffUser("metrics", "Thu thập số liệu giám sát", "TINH", Set.of(Role.METRICS)));

    private final StaffAccounts accounts;

    DemoUsers(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (StaffUser user : USERS) {
            if (!accounts.exists(user.username())) {
                accounts.create(user, PASSWORD);
                created++;
            }
        }
        if (created > 0) {
            log.info("Created {} demo users (password \"{}\"): {}", created, PASSWORD,
                    USERS.stream().map(StaffUser::username).toList());
        }
    }
}
