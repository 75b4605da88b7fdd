package vn.motcua.nationalportal;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import vn.motcua.delivery.DeliveryChannel;
import vn.motcua.delivery.DeliveryResult;
import vn.motcua.delivery.QueuedMessage;

/**
 * The portal as a destination of the outbox: turns a queued message into the portal's item
 * ({@link PortalMapping}) and sends it. Repeats are harmless: the portal keys a dossier by its
 * code (an update of the same state) and a step by the dossier and the time it was completed.
 */
@Component
class PortalChannel implements DeliveryChannel {

    private final NationalPortalProperties properties;
    private final PortalClient client;
    private final ObjectMapper json;

    PortalChannel(NationalPortalProperties properties, PortalClient client, ObjectMapper json) {
        this.properties = properties;
        this.client = client;
        this.json = json;
    }

    @Override
    public String name() {
        return PortalMessages.CHANNEL;
    }

    @Override
    public boolean ready() {
        return properties.configured();
    }

    @Override
    public DeliveryResult deliver(QueuedMessage message) {
        try {
            return switch (message.kind()) {
                case PortalMapping.DOSSIER -> {
                    DossierSnapshot dossier = json.readValue(message.payload(), DossierSnapshot.class);
                    yield client.send(PortalMapping.DOSSIER, dossier.firstSync(), PortalMapping.dossier(dossier));
                }
                case PortalMapping.PROGRESS -> client.send(PortalMapping.PROGRESS, false,
                        PortalMapping.progress(json.readValue(message.payload(), StepProgress.class)));
                case PortalMapping.RATING -> client.send(PortalMapping.RATING, false,
                        PortalMapping.rating(json.readValue(message.payload(), SatisfactionReport.class)));
                case PortalMapping.PAYMENT -> client.send(PortalMapping.PAYMENT, false,
                        PortalMapping.payment(json.readValue(message.payload(), PaymentReport.class)));
                default -> DeliveryResult.rejected("unknown kind of portal message: " + message.kind());
            };
        } catch (IOException e) {
            return DeliveryResult.rejected("unreadable queued message: " + e.getMessage());
        }
    }
}
