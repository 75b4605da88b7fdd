package vn.motcua.issuance;

import java.time.OffsetDateTime;

/**
 * A PDF's signature as checked: intact and covering the whole file, by a certificate that chains
 * to a trusted CA at the signing time.
 *
 * @param problem   null when valid; else a message key saying what failed
 * @param signedAt  the signing time the signature carries, null when there is none
 */
public record SignatureCheck(String problem, OffsetDateTime signedAt) {

    public boolean valid() {
        return problem == null;
    }

    static SignatureCheck failed(String problem) {
        return new SignatureCheck(problem, null);
    }
}
