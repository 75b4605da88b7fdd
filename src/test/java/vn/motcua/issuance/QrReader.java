package vn.motcua.issuance;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads an issued document's QR code as a phone would: from the printed first page's upper-left quarter. */
final class QrReader {

    private QrReader() {
    }

    /** The code's text, a line each (the verification address first); fails when no code is readable there. */
    static List<String> linesOf(byte[] pdf, String what) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.GRAY);
            BufferedImage corner = page.getSubimage(0, 0, page.getWidth() / 3, page.getHeight() / 4);
            String text = new QRCodeReader().decode(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(corner))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            return Arrays.asList(text.split("\n"));
        } catch (ReaderException e) {
            throw new AssertionError(what + ": no QR code readable in the upper-left corner", e);
        }
    }
}
