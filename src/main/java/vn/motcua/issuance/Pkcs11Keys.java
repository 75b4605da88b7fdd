package vn.motcua.issuance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Signers' keys on a PKCS#11 token (a USB token or an HSM) through Java's SunPKCS11 provider:
 * each official's key under the alias of their user name. The token is opened at start, so a
 * wrong configuration, library or PIN stops the application there with the reason, not at the
 * first approval. Cannot be exercised here beyond that (no token on the build machines).
 */
final class Pkcs11Keys implements SigningKeys {

    private final Provider provider;
    private final KeyStore token;
    private final Set<TrustAnchor> anchors;

    Pkcs11Keys(IssuanceProperties.Pkcs11 settings) {
        Path config = required(settings.config(), "motcua.issuance.pkcs11.config");
        if (!Files.isReadable(config)) {
            throw new IllegalStateException("motcua.issuance.pkcs11.config: no readable file at " + config);
        }
        if (settings.pin() == null || settings.pin().isBlank()) {
            throw new IllegalStateException("motcua.issuance.pkcs11.pin is empty: give the token's PIN through "
                    + "the environment (MOTCUA_ISSUANCE_PKCS11_PIN)");
        }
        this.anchors = readAnchors(required(settings.trustAnchors(), "motcua.issuance.pkcs11.trust-anchors"));
        try {
            this.provider = Security.getProvider("SunPKCS11").configure(config.toString());
        } catch (ProviderException | IllegalArgumentException e) {
            throw new IllegalStateException("motcua.issuance.pkcs11.config " + config
                    + ": the PKCS#11 provider refused it: " + e.getMessage(), e);
        }
        try {
            this.token = KeyStore.getInstance("PKCS11", provider);
            token.load(null, settings.pin().toCharArray());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("PKCS#11 token of " + config + " could not be opened: " + e.getMessage(),
                    e);
        }
    }

    @Override
    public SigningCredentials forSigner(String username, String displayName) {
        try {
            Certificate[] chain = token.getCertificateChain(username);
            if (!(token.getKey(username, null) instanceof PrivateKey key) || chain == null) {
                throw new IllegalStateException("No signing key for " + username + " on the PKCS#11 token");
            }
            return new SigningCredentials(key, List.of(chain).stream().map(X509Certificate.class::cast).toList(),
                    provider);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PKCS#11 key of " + username + " unusable: " + e.getMessage(), e);
        }
    }

    @Override
    public Set<TrustAnchor> trustAnchors() {
        return anchors;
    }

    /** The CA certificates of a PEM (or DER) file, as trust anchors; an empty file is refused. */
    static Set<TrustAnchor> readAnchors(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Set<TrustAnchor> anchors = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(c -> new TrustAnchor((X509Certificate) c, null)).collect(Collectors.toSet());
            if (anchors.isEmpty()) {
                throw new IllegalStateException("motcua.issuance.pkcs11.trust-anchors: no certificate in " + file);
            }
            return anchors;
        } catch (IOException e) {
            throw new UncheckedIOException("motcua.issuance.pkcs11.trust-anchors: " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("motcua.issuance.pkcs11.trust-anchors: " + file + ": " + e.getMessage(),
                    e);
        }
    }

    private static Path required(Path value, String property) {
        if (value == null) {
            throw new IllegalStateException(property + " is not set");
        }
        return value;
    }
}
