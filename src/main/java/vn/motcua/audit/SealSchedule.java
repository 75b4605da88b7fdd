package vn.motcua.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Seals fresh audit records every few seconds, on one node of a cluster per run (ShedLock).
 * The chain's head row lock would make sealers on several nodes take turns anyway; the shared
 * lock spares every other node the wait. A separate bean: the lock and the seal's transaction
 * both need a call through Spring's proxies.
 */
@Component
class SealSchedule {

    private final AuditChain chain;

    SealSchedule(AuditChain chain) {
        this.chain = chain;
    }

    @Scheduled(fixedDelayString = "${motcua.audit.seal-every:2s}")
    @SchedulerLock(name = "audit.seal", lockAtMostFor = "PT5M")
    public void seal() {
        chain.seal();
    }
}
