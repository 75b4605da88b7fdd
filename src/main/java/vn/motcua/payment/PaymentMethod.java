package vn.motcua.payment;

/** How a fee was paid. */
public enum PaymentMethod {
    /** In cash at the receiving agency's desk, recorded by the clerk. */
    CASH,
    /** Online, through the national payment platform (confirmed by its callback). */
    ONLINE
}
