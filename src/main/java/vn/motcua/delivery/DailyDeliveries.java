package vn.motcua.delivery;

import java.time.LocalDate;

/** Messages of one channel created on a day, by where they stand now. */
public record DailyDeliveries(LocalDate day, long pending, long sent, long failed) {
}
