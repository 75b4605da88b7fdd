package vn.motcua.notice;

import java.time.LocalDateTime;

import vn.motcua.delivery.DeliveryStatus;

/**
 * One notice to a dossier's applicant as staff see it: what it told, by which channel, when it was
 * queued, and whether the gateway took it (PENDING: not yet; FAILED: refused, waits for an operator).
 */
public record SentNotice(NoticeKind kind, NoticeChannel channel, LocalDateTime queuedAt, DeliveryStatus status,
                         LocalDateTime sentAt, int attempts) {
}
