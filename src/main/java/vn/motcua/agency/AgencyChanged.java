package vn.motcua.agency;

/**
 * An administrator added or renamed an agency. Published inside the change's transaction, so
 * the audit record commits or rolls back with it.
 *
 * @param administrator who made the change
 * @param code          the agency's code
 * @param change        what was done
 * @param description   the change in Vietnamese words, naming the agency
 */
public record AgencyChanged(String administrator, String code, Change change, String description) {

    public enum Change {
        ADDED, RENAMED
    }
}
