package vn.motcua.issuance;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.issuance.*}: the public address printed in QR codes, the issuing system's name,
 * and where signing keys come from: demo key stores (demo profile) or a PKCS#11 token
 * (production; docs/operators.md, ADR 0023). With neither, the application does not start.
 *
 * @param publicUrl     the address citizens reach the portal at, without a trailing slash
 * @param issuingSystem the system's name in the QR code's data set
 */
@ConfigurationProperties(prefix = "motcua.issuance")
record IssuanceProperties(@DefaultValue("http://localhost:8080") String publicUrl,
                          @DefaultValue("Hệ thống thông tin giải quyết thủ tục hành chính") String issuingSystem,
                          DemoKeys demoKeys, Pkcs11 pkcs11) {

    /** Per-signer PKCS#12 key stores under a demo CA, generated on first use. */
    record DemoKeys(Path directory, String password) {
    }

    /**
     * A token through Java's SunPKCS11 provider.
     *
     * @param config        the SunPKCS11 configuration file (library path, slot)
     * @param pin           the token's PIN, from the environment (MOTCUA_ISSUANCE_PKCS11_PIN)
     * @param trustAnchors  PEM file of the CA certificates signatures must chain to
     */
    record Pkcs11(Path config, String pin, Path trustAnchors) {
    }
}
