package vn.motcua.notice;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import vn.motcua.delivery.DeliveryChannel;
import vn.motcua.delivery.DeliveryResult;
import vn.motcua.delivery.QueuedMessage;

/**
 * A text-message gateway reached over HTTP (the SMS brand-name provider, Zalo ZNS): each notice is
 * posted as JSON ({@link NoticeMessage}) with the gateway's bearer token. A server error or no
 * answer is tried again later; a refusal (4xx) parks the notice for an operator.
 */
class GatewayNotices implements DeliveryChannel {

    private final NoticeChannel channel;
    private final NoticeProperties.Gateway gateway;
    private final RestClient http;

    GatewayNotices(NoticeChannel channel, NoticeProperties.Gateway gateway) {
        this.channel = channel;
        this.gateway = gateway;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public String name() {
        return channel.outboxName();
    }

    @Override
    public boolean ready() {
        return gateway.configured();
    }

    @Override
    public DeliveryResult deliver(QueuedMessage queued) {
        try {
            // the queued payload is the notice as JSON already (CitizenNotices wrote it)
            http.post().uri(gateway.url()).contentType(MediaType.APPLICATION_JSON)
                    .headers(h -> {
                        if (gateway.token() != null) {
                            h.setBearerAuth(gateway.token());
                        }
                    })
                    // the outbox id lets the gateway drop a repeat of a notice it already took
                    .header("Idempotency-Key", name() + "-" + queued.id())
                    .body(queued.payload()).retrieve().toBodilessEntity();
            return DeliveryResult.DELIVERED;
        } catch (RestClientResponseException e) {
            return e.getStatusCode().is4xxClientError() && e.getStatusCode().value() != 429
                    ? DeliveryResult.rejected(e.getStatusCode() + " " + e.getResponseBodyAsString())
                    : DeliveryResult.retryLater(e.getStatusCode().toString());
        } catch (ResourceAccessException e) {
            return DeliveryResult.retryLater(e.getMessage());
        }
    }
}
