package vn.motcua.delivery;

/**
 * What a destination made of one message: taken, to be tried again later (the destination is
 * down, busy or timed out), or refused for good (the message is parked as failed).
 */
public record DeliveryResult(Outcome outcome, String reason) {

    public enum Outcome { DELIVERED, RETRY_LATER, REJECTED }

    public static final DeliveryResult DELIVERED = new DeliveryResult(Outcome.DELIVERED, null);

    public static DeliveryResult retryLater(String reason) {
        return new DeliveryResult(Outcome.RETRY_LATER, reason);
    }

    public static DeliveryResult rejected(String reason) {
        return new DeliveryResult(Outcome.REJECTED, reason);
    }
}
