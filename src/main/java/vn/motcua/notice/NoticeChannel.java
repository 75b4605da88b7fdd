package vn.motcua.notice;

import java.util.Locale;

/** The ways an applicant is reached; each is a channel of the delivery outbox. */
public enum NoticeChannel {
    EMAIL, SMS, ZALO;

    /** The outbox channel the notices of this kind of contact are queued under. */
    public String outboxName() {
        return "notice-" + name().toLowerCase(Locale.ROOT);
    }
}
