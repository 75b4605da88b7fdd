package vn.motcua.security;

/**
 * An administrator changed a staff account. Published inside the change's transaction, so the
 * audit record commits or rolls back with it. Never carries a password, not even a hash.
 *
 * @param administrator who made the change
 * @param username      the account changed
 * @param change        what was done
 * @param description   the change in Vietnamese words, naming the account, e.g.
 *                      "Vô hiệu hóa tài khoản «nguyen.lan»"
 */
public record AccountChanged(String administrator, String username, Change change, String description) {

    public enum Change {
        CREATED, REASSIGNED, DISABLED, ENABLED, PASSWORD_RESET
    }
}
