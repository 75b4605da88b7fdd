package vn.motcua.nationalportal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import vn.motcua.delivery.DailyDeliveries;
import vn.motcua.delivery.DeliveryStatus;
import vn.motcua.delivery.Outbox;
import vn.motcua.delivery.QueuedMessage;
import vn.motcua.delivery.UnacknowledgedKey;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.ResultPage;

/** What operators see of the messages to the national portal, and the re-send of a parked one. */
@Service
public class PortalOutbox {

    /** Days the operators' page counts back. */
    public static final int DAYS_SHOWN = 14;

    private final Outbox outbox;
    private final NationalPortalProperties properties;

    PortalOutbox(Outbox outbox, NationalPortalProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    /** Whether a portal is configured; without one the messages wait. */
    public boolean configured() {
        return properties.configured();
    }

    public List<DailyDeliveries> daily() {
        return outbox.daily(PortalMessages.CHANNEL, DAYS_SHOWN);
    }

    public long count(DeliveryStatus status) {
        return outbox.count(PortalMessages.CHANNEL, status);
    }

    public Optional<QueuedMessage> oldestPending() {
        return outbox.oldestPending(PortalMessages.CHANNEL);
    }

    public ResultPage<QueuedMessage> failed(PageRequest page) {
        return outbox.list(PortalMessages.CHANNEL, DeliveryStatus.FAILED, page);
    }

    /** Dossiers whose last state the portal has not acknowledged. */
    public ResultPage<UnacknowledgedKey> unacknowledged(PageRequest page) {
        return outbox.unacknowledged(PortalMessages.CHANNEL, page);
    }

    public void resend(long messageId) {
        outbox.resend(PortalMessages.CHANNEL, messageId);
    }

    /** The portal's service a queued message goes to (DongBoHoSoMC, CapNhatTienDoHoSoMC). */
    public static String serviceOf(QueuedMessage message) {
        return PortalMapping.service(message.kind());
    }
}
