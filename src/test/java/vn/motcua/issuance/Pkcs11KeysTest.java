package vn.motcua.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PKCS#11 token cannot be reached on the build machines, so only its configuration is checked:
 * every mistake an operator can make stops the start with a message naming the setting, and the
 * configuration file goes to Java's own SunPKCS11 provider, which reads it (and here fails to load
 * the library it names, as no token driver is installed).
 */
class Pkcs11KeysTest {

    @TempDir Path folder;

    @Test
    void aMissingConfigurationFileIsNamed() {
        assertThatThrownBy(() -> new Pkcs11Keys(new IssuanceProperties.Pkcs11(folder.resolve("none.cfg"), "1234",
                anchors())))
                .hasMessageContaining("motcua.issuance.pkcs11.config").hasMessageContaining("none.cfg");
    }

    @Test
    void anEmptyPinIsRefusedPointingToTheEnvironment() throws Exception {
        assertThatThrownBy(() -> new Pkcs11Keys(new IssuanceProperties.Pkcs11(config("/usr/lib/none.so"), " ",
                anchors())))
                .hasMessageContaining("motcua.issuance.pkcs11.pin").hasMessageContaining("MOTCUA_ISSUANCE_PKCS11_PIN");
    }

    @Test
    void trustAnchorsAreRequiredAndMustHoldACertificate() throws Exception {
        assertThatThrownBy(() -> new Pkcs11Keys(new IssuanceProperties.Pkcs11(config("/usr/lib/none.so"), "1234",
                null))).hasMessageContaining("motcua.issuance.pkcs11.trust-anchors is not set");
        Path empty = Files.writeString(folder.resolve("empty.pem"), "");
        assertThatThrownBy(() -> Pkcs11Keys.readAnchors(empty))
                .hasMessageContaining("motcua.issuance.pkcs11.trust-anchors");
    }

    @Test
    void aPemFileOfCaCertificatesIsRead() throws Exception {
        assertThat(Pkcs11Keys.readAnchors(anchors())).singleElement()
                .satisfies(anchor -> assertThat(anchor.getTrustedCert().getSubjectX500Principal().getName())
                        .contains("CA thử nghiệm"));
    }

    @Test
    void theConfigurationReachesSunPkcs11WhichNamesTheLibraryItCannotLoad() throws Exception {
        Path config = config(folder.resolve("libtoken-absent.so").toString());
        assertThatThrownBy(() -> new Pkcs11Keys(new IssuanceProperties.Pkcs11(config, "1234", anchors())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("motcua.issuance.pkcs11.config").hasMessageContaining("libtoken-absent.so");
    }

    private Path config(String library) throws Exception {
        return Files.writeString(folder.resolve("token.cfg"), "name = Token\nlibrary = " + library + "\nslot = 0\n");
    }

    /** The demo CA's certificate as PEM, as an operator would put the province's CA in a file. */
    private Path anchors() throws Exception {
        DemoKeyStores demo = new DemoKeyStores(folder.resolve("keys"), "demo", "tỉnh Thử");
        X509Certificate ca = demo.trustAnchors().iterator().next().getTrustedCert();
        ByteArrayOutputStream pem = new ByteArrayOutputStream();
        pem.writeBytes(("-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(ca.getEncoded())
                + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII));
        return Files.write(folder.resolve("ca.pem"), pem.toByteArray());
    }
}
