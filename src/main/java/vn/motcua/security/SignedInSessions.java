package vn.motcua.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends every session of an account, on every node: sessions live in the database (Spring
 * Session JDBC, indexed by the signed-in user's name), so deleting them there signs the user
 * out everywhere at their next request. A session holds the roles and agency it signed in
 * with; ending it makes the next sign-in read the account as it is now.
 */
@Component
class SignedInSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /**
     * Once the caller's transaction has committed: ended earlier, the user could sign in again
     * before the change (a disabled account, a new password) was visible to the sign-in.
     */
    void endAfterCommit(String username) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            end(username);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                end(username);
            }
        });
    }

    private void end(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }
}
