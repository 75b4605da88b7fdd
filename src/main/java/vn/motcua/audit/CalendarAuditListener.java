package vn.motcua.audit;

import java.time.format.DateTimeFormatter;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.CalendarOverride;
import vn.motcua.deadline.CalendarOverrideChanged;

/**
 * Every change to the working calendar becomes an audit record in the transaction that made it:
 * what was done in words, the day, and the decision or notice it rests on. Due dates depend on
 * these days, so an auditor must be able to tell who moved one and on what authority.
 */
@Component
class CalendarAuditListener {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AuditLog log;

    CalendarAuditListener(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(CalendarOverrideChanged change) {
        log.record(change.actor(), null, "CALENDAR_OVERRIDE_" + change.change().name(), AuditOutcome.DONE,
                describe(change));
    }

    /** e.g. "Thêm ngày nghỉ 29/04/2024 «Nghỉ hoán đổi dịp 30/4 – 1/5»; căn cứ: Công văn 2450/VPCP-KGVX". */
    static String describe(CalendarOverrideChanged change) {
        CalendarOverride day = change.current();
        String verb = switch (change.change()) {
            case ADDED -> "Thêm";
            case CHANGED -> "Sửa";
            case REMOVED -> "Xoá";
        };
        String kind = day.kind() == CalendarOverride.Kind.DAY_OFF ? "ngày nghỉ" : "ngày làm việc";
        StringBuilder text = new StringBuilder(verb).append(' ').append(kind).append(' ')
                .append(DAY.format(day.date())).append(" «").append(day.nameVi()).append('»');
        if (change.change() == CalendarOverrideChanged.Change.CHANGED && change.before().kind() != day.kind()) {
            text.append(" (trước là ")
                    .append(change.before().kind() == CalendarOverride.Kind.DAY_OFF ? "ngày nghỉ" : "ngày làm việc")
                    .append(')');
        }
        text.append("; căn cứ: ").append(day.legalBasis() == null ? "không ghi" : day.legalBasis());
        return text.toString();
    }
}
