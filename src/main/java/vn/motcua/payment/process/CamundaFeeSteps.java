package vn.motcua.payment.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.motcua.payment.FeeSteps;
import vn.motcua.shared.process.DelegateBeans;

/** The paid fee lets the dossier's process past its fee step: the feePaid message, by the dossier's code. */
@Component
class CamundaFeeSteps implements FeeSteps {

    private final RuntimeService runtime;

    CamundaFeeSteps(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void feePaid(String dossierCode) {
        runtime.createMessageCorrelation(DelegateBeans.FEE_PAID_MESSAGE).processInstanceBusinessKey(dossierCode)
                .correlateWithResult();
    }
}
