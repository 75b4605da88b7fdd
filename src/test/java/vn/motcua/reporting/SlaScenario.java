package vn.motcua.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.motcua.dossier.Channel;

/**
 * March 2027 at commune XPV, business household registration (3 working days), built through
 * the real intake, task list and actions with the clock moved. Known by construction:
 * carried over 1 (received in February, withdrawn in March); received 13 (8 desk, 3 online,
 * 2 post); resolved 9 = 3 early + 4 on time + 2 late (one of them refused), on-time rate
 * 7/9 = 77.78 %; pending at the end 2 = 1 overdue + 1 in time waiting for a supplement;
 * 1 not accepted, 1 withdrawn, 1 stopped.
 */
final class SlaScenario {

    static final String BUSINESS_HOUSEHOLD = "1.001612";
    static final LocalDate FROM = LocalDate.of(2027, 3, 1);
    static final LocalDate TO = LocalDate.of(2027, 3, 31);
    /** The day the report is read: 10 March, so the period is still running. */
    static final LocalDateTime REPORT_READ_AT = LocalDateTime.of(2027, 3, 10, 9, 0);

    /** Monday 1 March 2027, 09:00: due Thursday 4 March 09:00. */
    private static final LocalDateTime MONDAY = LocalDateTime.of(2027, 3, 1, 9, 0);
    private static final String[] BOTH_STEPS = {"specialist", "leader"};

    private SlaScenario() {
    }

    static void build(Clerks clerks) {
        String february = clerks.receive(BUSINESS_HOUSEHOLD, Channel.DESK, LocalDateTime.of(2027, 2, 25, 10, 0));
        clerks.act("reception", MONDAY.plusDays(1), () -> clerks.actions().withdraw(february, "Công dân xin rút"));

        List<String> ten = new ArrayList<>();
        Channel[] channels = {Channel.DESK, Channel.ONLINE, Channel.POST, Channel.DESK, Channel.ONLINE,
                Channel.DESK, Channel.POST, Channel.DESK, Channel.ONLINE, Channel.DESK};
        for (Channel channel : channels) {
            ten.add(clerks.receive(BUSINESS_HOUSEHOLD, channel, MONDAY));
        }
        for (int i = 0; i < 3; i++) {
            clerks.completeAll(ten.get(i), "approve", MONDAY.plusDays(1).withHour(10), BOTH_STEPS);
        }
        for (int i = 3; i < 7; i++) {
            clerks.completeAll(ten.get(i), "approve", MONDAY.plusDays(3).withHour(8), BOTH_STEPS);
        }
        clerks.completeAll(ten.get(7), "approve", MONDAY.plusDays(4).withHour(10), BOTH_STEPS);
        clerks.completeAll(ten.get(8), "reject", MONDAY.plusDays(4).withHour(10), "specialist");
        // ten.get(9) stays untouched: overdue since Friday 5 March

        String waiting = clerks.receive(BUSINESS_HOUSEHOLD, Channel.DESK, MONDAY);
        clerks.act("specialist", MONDAY.plusDays(1).withHour(10),
                () -> clerks.actions().requestSupplement(waiting, "Thiếu biên bản họp thành viên hộ gia đình"));
        String notAccepted = clerks.receive(BUSINESS_HOUSEHOLD, Channel.DESK, MONDAY);
        clerks.act("reception", MONDAY, () -> clerks.actions().refuse(notAccepted, "Không thuộc thẩm quyền"));
        String stopped = clerks.receive(BUSINESS_HOUSEHOLD, Channel.DESK, MONDAY);
        clerks.act("specialist", MONDAY.plusDays(1),
                () -> clerks.actions().requestSupplement(stopped, "Thiếu giấy tờ pháp lý của chủ hộ"));
        clerks.act("specialist", MONDAY.plusDays(2),
                () -> clerks.actions().stop(stopped, "Công dân không bổ sung trong thời hạn"));
        clerks.clock().setFixed(REPORT_READ_AT);
    }
}
