package vn.motcua.delivery;

/** Where a queued message stands. */
public enum DeliveryStatus {
    /** Waiting for its turn, its back-off, or a destination that is configured and answering. */
    PENDING,
    /** The destination acknowledged it. */
    SENT,
    /** Refused for good by the destination: parked, holding back later messages of its key, until re-sent. */
    FAILED
}
