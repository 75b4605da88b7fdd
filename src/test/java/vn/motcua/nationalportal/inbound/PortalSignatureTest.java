package vn.motcua.nationalportal.inbound;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import vn.motcua.nationalportal.inbound.PortalSignature.SignatureRefused;
import vn.motcua.shared.ProvinceClock;

/** The signature's rules that need no application: no secret means no delivery, and weak secrets are refused. */
class PortalSignatureTest {

    private final ProvinceClock clock = new ProvinceClock();
    private final byte[] body = "{\"MaHoSo\": \"G22-1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void withNoSecretConfiguredEveryDeliveryIsRefusedAndNothingElseFails() {
        PortalSignature signature = new PortalSignature(settings(List.of()), clock);
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        assertThatThrownBy(() -> signature.verify(timestamp, PortalSignature.sign(Deliveries.SECRET, timestamp, body), body))
                .isInstanceOf(SignatureRefused.class);
    }

    @Test
    void aSecretConfiguredAmongBlanksVerifiesWhatItSigned() {
        PortalSignature signature = new PortalSignature(settings(List.of(" ", Deliveries.SECRET)), clock);
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        assertThatCode(() -> signature.verify(timestamp, PortalSignature.sign(Deliveries.SECRET, timestamp, body)
                .toUpperCase(), body)).doesNotThrowAnyException();
    }

    @Test
    void aSecretShorterThan32CharactersStopsTheStart() {
        assertThatThrownBy(() -> settings(List.of("ngan-qua")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32");
    }

    private static InboundSettings settings(List<String> secrets) {
        return new InboundSettings(secrets, Duration.ofMinutes(5), DataSize.ofMegabytes(40));
    }
}
