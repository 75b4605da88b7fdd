package vn.motcua.issuance;

/**
 * The QR code a document prints in its upper-left corner.
 *
 * @param verificationUrl the public page that answers for the document
 * @param text            what the code carries: the address, then the data set, one item a line
 * @param pngDataUri      the code as a PNG {@code data:} URI, for the document's template
 */
public record QrStamp(String verificationUrl, String text, String pngDataUri) {
}
