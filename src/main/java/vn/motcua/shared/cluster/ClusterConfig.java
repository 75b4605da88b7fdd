package vn.motcua.shared.cluster;

import java.time.Duration;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Two or more nodes on one database: one node at a time starts, and a scheduled job annotated
 * with {@code @SchedulerLock} runs on one node per run (ShedLock's table {@code shedlock}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ClusterConfig {

    /** Static: a bean post-processor must exist before the DataSource it watches for. */
    @Bean
    static StartupLock startupLock(@Value("${motcua.cluster.startup-lock-timeout:PT10M}") Duration timeout) {
        return new StartupLock(timeout);
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                // the database's clock, not each node's: nodes whose clocks drift still agree
                .usingDbTime()
                .build());
    }
}
