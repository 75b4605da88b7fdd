package vn.motcua.issuance;

/**
 * Published inside the transaction that stored a new document, so that the audit trail records
 * its hash in the same transaction: the chain then vouches for the stored bytes.
 */
public record DocumentIssued(String id, String kind, String documentName, String dossierCode, String signer,
                             String sha256) {
}
