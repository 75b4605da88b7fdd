package vn.motcua.issuance;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A signer's private key with its certificate chain, the signer's own certificate first.
 *
 * @param provider the provider holding the key (a PKCS#11 token's), or null for the default ones
 */
record SigningCredentials(PrivateKey key, List<X509Certificate> chain, Provider provider) {

    SigningCredentials {
        chain = List.copyOf(chain);
    }

    X509Certificate certificate() {
        return chain.get(0);
    }
}
