package vn.motcua.nationalportal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import vn.motcua.delivery.DeliveryResult;

/**
 * Talks to the portal's adapter: signs in once and keeps the session until it expires or the
 * portal refuses it, then signs in again. Sorts every answer into delivered, try again later
 * (the portal unreachable, timing out, overloaded, or one of its transient error codes) and
 * refused for good (a request the portal judged wrong: HTTP 400, 409, 413, 415, 422, or an error
 * code of its own not listed as transient). An address the portal does not know (404) or a method
 * it does not allow is our configuration's fault, not the message's: it waits for the fix.
 */
@Component
class PortalClient {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    /** HTTP statuses that judge the request itself wrong: sending it again unchanged cannot help. */
    private static final Set<Integer> REFUSED_REQUEST = Set.of(400, 409, 413, 415, 422);

    private final NationalPortalProperties properties;
    private final ObjectMapper json;
    private final RestClient http;
    private volatile Session session;

    PortalClient(NationalPortalProperties properties, ObjectMapper json, RestClient.Builder builder) {
        this.properties = properties;
        this.json = json;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                // HTTP/1.1: the JDK client's default HTTP/2 upgrade (h2c) on plain http is refused by some servers
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(properties.connectTimeout()).build());
        requests.setReadTimeout(properties.readTimeout());
        this.http = builder.clone().requestFactory(requests).build();
    }

    /** Sends one item to one of the portal's services; signs in (again) as needed. */
    DeliveryResult send(String kind, boolean firstSync, Map<String, Object> item) {
        try {
            Answer answer = post(properties.servicePath(), PortalMapping.call(session(false), kind, firstSync, item));
            if (answer.sessionRefused()) {
                answer = post(properties.servicePath(), PortalMapping.call(session(true), kind, firstSync, item));
            }
            return answer.result(properties);
        } catch (ResourceAccessException e) {
            return DeliveryResult.retryLater("portal unreachable: " + e.getMessage());
        } catch (LoginFailed e) {
            return DeliveryResult.retryLater(e.getMessage());
        }
    }

    private String session(boolean renew) {
        Session current = session;
        if (renew || current == null || current.expiresAt().isBefore(Instant.now())) {
            Answer answer = post(properties.authPath(), PortalMapping.login(properties.username(),
                    properties.password() == null ? "" : properties.password()));
            String token = answer.status().is2xxSuccessful() ? PortalMapping.session(answer.body()) : null;
            if (token == null) {
                // wrong credentials are the operator's to fix: the messages wait, none is parked
                throw new LoginFailed("portal login refused: HTTP " + answer.status().value() + " "
                        + PortalMapping.errorCode(answer.body()) + " " + PortalMapping.errorMessage(answer.body()));
            }
            current = new Session(token, Instant.now().plus(properties.sessionLifetime()));
            session = current;
        }
        return current.token();
    }

    private Answer post(String path, Map<String, Object> body) {
        return http.post().uri(properties.url() + path).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> new Answer(response.getStatusCode(), parsed(response.getBody()
                        .readAllBytes())));
    }

    private Map<String, Object> parsed(byte[] body) {
        try {
            return body.length == 0 ? Map.of() : json.readValue(body, JSON_OBJECT);
        } catch (IOException e) {
            return Map.of();
        }
    }

    private record Session(String token, Instant expiresAt) {
    }

    private record Answer(HttpStatusCode status, Map<String, Object> body) {

        boolean sessionRefused() {
            return status.value() == 401 || status.value() == 403;
        }

        DeliveryResult result(NationalPortalProperties properties) {
            String code = PortalMapping.errorCode(body);
            String reason = "HTTP " + status.value() + (code.isEmpty() ? "" : ", error_code " + code)
                    + (PortalMapping.errorMessage(body).isEmpty() ? "" : ": " + PortalMapping.errorMessage(body));
            if (status.is2xxSuccessful() && PortalMapping.succeeded(body)) {
                return DeliveryResult.DELIVERED;
            }
            boolean refusedRequest = status.is2xxSuccessful() ? !properties.transientErrorCodes().contains(code)
                    : REFUSED_REQUEST.contains(status.value());
            return refusedRequest ? DeliveryResult.rejected(reason) : DeliveryResult.retryLater(reason);
        }
    }

    private static final class LoginFailed extends RuntimeException {
        LoginFailed(String message) {
            super(message);
        }
    }
}
