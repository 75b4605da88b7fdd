package vn.motcua.issuance;

import java.security.cert.TrustAnchor;
import java.util.Set;

/** Where signers' keys live (demo key stores on disk, or a PKCS#11 token) and which CAs are trusted. */
interface SigningKeys {

    /** The key and certificate chain of the official with this user name. */
    SigningCredentials forSigner(String username, String displayName);

    /** The CAs a signature's certificate must chain to. */
    Set<TrustAnchor> trustAnchors();
}
