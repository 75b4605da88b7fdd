package vn.motcua.payment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.motcua.payment.Payments;
import vn.motcua.shared.process.DelegateBeans;

/**
 * {@code #{feeRequest}}: the start listener of a fee step (the catch event of the feePaid message).
 * The dossier enters status 6 and its fee is requested, in the engine's transaction.
 */
@Component(DelegateBeans.FEE_REQUEST)
class FeeRequestListener implements ExecutionListener {

    private final Payments payments;

    FeeRequestListener(Payments payments) {
        this.payments = payments;
    }

    @Override
    public void notify(DelegateExecution execution) {
        payments.requestFee(execution.getProcessBusinessKey());
    }
}
