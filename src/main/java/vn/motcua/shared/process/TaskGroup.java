package vn.motcua.shared.process;

import java.util.Locale;
import java.util.Optional;

/**
 * A task's candidate group as models and clerks' accounts spell it: {@code "{agency}.{role}"},
 * e.g. {@code XPV.specialist}. In a model the agency may be the placeholder {@code receiving}, the
 * dossier's own receiving agency, so one model serves every commune. The one place that builds
 * and reads the format.
 */
public record TaskGroup(String agency, String role) {

    /** The placeholder agency of a model's group: the agency that received the dossier. */
    public static final String RECEIVING = "receiving";

    /** The group of a role in an agency, e.g. {@code XPV.specialist} for role SPECIALIST. */
    public static TaskGroup of(String agency, String role) {
        return new TaskGroup(agency, role.toLowerCase(Locale.ROOT));
    }

    /** The group a text names, empty when it is not "{agency}.{role}". */
    public static Optional<TaskGroup> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        int dot = trimmed.indexOf('.');
        if (dot <= 0 || dot == trimmed.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new TaskGroup(trimmed.substring(0, dot), trimmed.substring(dot + 1)));
    }

    /** The agency part of a group text ("" when the text is no group). */
    public static String agencyOf(String text) {
        return parse(text).map(TaskGroup::agency).orElse("");
    }

    /** Whether the agency is the model's placeholder for the receiving agency. */
    public boolean ofReceivingAgency() {
        return RECEIVING.equals(agency);
    }

    /** This group for a dossier received by {@code receivingAgency}: the placeholder replaced. */
    public TaskGroup forDossierOf(String receivingAgency) {
        return ofReceivingAgency() ? new TaskGroup(receivingAgency, role) : this;
    }

    @Override
    public String toString() {
        return agency + "." + role;
    }
}
