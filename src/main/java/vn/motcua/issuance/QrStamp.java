package vn.motcua.issuance;

/**
 * The QR code a document prints in its upper-left corner.
 *
 * @param verificationUrl the public page that answers for the document (the code's first line)
 * @param pngDataUri      the code as a PNG {@code data:} URI, for the document's template
 */
public record QrStamp(String verificationUrl, String pngDataUri) {
}
