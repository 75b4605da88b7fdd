package vn.motcua.deadline;

import java.time.LocalDateTime;

/**
 * When a dossier was received, when its clock starts (the next working moment), and
 * when it is due. All in the province's local time.
 */
public record DueDate(LocalDateTime receivedAt, LocalDateTime countFrom, LocalDateTime dueAt) {
}
