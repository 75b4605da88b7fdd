package vn.motcua.delivery;

/**
 * A destination of queued messages (a bean): the national portal, and later email, SMS, Zalo.
 * The sender calls {@link #deliver} for one message at a time, in order per ordering key.
 */
public interface DeliveryChannel {

    /** The channel's name, as messages are queued under it ({@link Outbox#enqueue}). */
    String name();

    /**
     * Whether the destination is configured. While not, its messages wait in the outbox and
     * nothing is tried or counted as failed.
     */
    boolean ready();

    /**
     * Hands one message over. May be called again for a message already taken (a node died
     * before recording the answer): destinations must treat a repeat as harmless.
     */
    DeliveryResult deliver(QueuedMessage message);
}
