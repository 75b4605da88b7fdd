package vn.motcua.reporting.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.agency.AgencyDirectory;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.reporting.GroupBy;

/**
 * The words a person reads for a group or a filter of the SLA report, on the page and in its
 * CSV, XLSX and PDF exports alike: a procedure's code and name, an agency's name, a channel in
 * words, "Tổng cộng" for the total; never a stored code alone.
 */
@Component
class SlaGroupLabels {

    private static final String TOTAL = "TOTAL";

    private final ProcedureCatalog catalog;
    private final AgencyDirectory agencies;
    private final MessageSource messages;

    SlaGroupLabels(ProcedureCatalog catalog, AgencyDirectory agencies, MessageSource messages) {
        this.catalog = catalog;
        this.agencies = agencies;
        this.messages = messages;
    }

    String of(GroupBy by, String group, Locale locale) {
        if (TOTAL.equals(group)) {
            return messages.getMessage("report.sla.total", null, locale);
        }
        return switch (by) {
            case PROCEDURE -> catalog.find(group).map(p -> group + " — " + p.name().in(locale)).orElse(group);
            case AGENCY -> agencies.find(group).map(a -> a.name(locale)).orElse(group);
            case CHANNEL -> messages.getMessage("report.sla.received" + capitalised(group), null, group, locale);
            default -> group;
        };
    }

    /** A filter of the report as words: its label, or "all" when it is not set. */
    String filter(GroupBy by, String value, Locale locale) {
        return value == null ? messages.getMessage("report.sla.all", null, locale) : of(by, value, locale);
    }

    private static String capitalised(String channel) {
        return channel.charAt(0) + channel.substring(1).toLowerCase(Locale.ROOT);
    }
}
