package vn.motcua.shared.process;

import java.util.Set;

/**
 * The Spring beans a model may name, as {@code camunda:delegateExpression="#{bean}"}: the delegates
 * we ship. The model validator refuses any other bean, and the engine's expressions resolve no
 * other bean ({@link AllowListExpressionManager}). A new delegate joins this list in the same
 * change that writes it.
 */
public final class DelegateBeans {

    /** The service task behind a step's reminder timer. */
    public static final String DUE_SOON_REMINDER = "dueSoonReminder";

    /**
     * The start listener of a fee step (the catch event of the {@link #FEE_PAID_MESSAGE} message): the
     * dossier waits for the citizen's payment.
     */
    public static final String FEE_REQUEST = "feeRequest";

    /** The message a fee step waits for; the payment correlates it once the fee is paid. */
    public static final String FEE_PAID_MESSAGE = "feePaid";

    public static final Set<String> NAMES = Set.of(DUE_SOON_REMINDER, FEE_REQUEST);

    private DelegateBeans() {
    }
}
