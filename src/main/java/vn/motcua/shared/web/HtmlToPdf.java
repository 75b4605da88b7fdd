package vn.motcua.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import vn.motcua.shared.InputRules;

/**
 * Renders well-formed XHTML to PDF with the DejaVu fonts embedded, so that Vietnamese
 * diacritics survive on any reader (the standard PDF fonts have none). DejaVu Sans, not Serif:
 * DejaVu Serif lacks the letters with two marks (ế, ầ, ớ, ữ …), which would print as "#".
 * Pages name the font in their CSS as {@value #FONT_FAMILY}.
 */
public final class HtmlToPdf {

    public static final String FONT_FAMILY = "DejaVu Sans";
    private static final int REPLACEMENT = 0xFFFD;
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private HtmlToPdf() {
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
            font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
            builder.withHtmlContent(printable(xhtml), null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    /**
     * The page with every character XML cannot carry (control characters, non-characters such
     * as U+FFFF, unpaired surrogates) replaced by U+FFFD: input is refused such characters today,
     * but a dossier stored before must not make its forms, or a whole agency's logbook, fail.
     */
    static String printable(String xhtml) {
        StringBuilder text = new StringBuilder(xhtml.length());
        xhtml.codePoints().forEach(c -> text.appendCodePoint(isXmlCharacter(c) ? c : REPLACEMENT));
        return text.toString();
    }

    private static boolean isXmlCharacter(int c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && Character.getType(c) != Character.SURROGATE
                && !InputRules.isNonCharacter(c);
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> open(file), FONT_FAMILY, weight, style, true);
    }

    private static InputStream open(String file) {
        InputStream font = HtmlToPdf.class.getResourceAsStream(FONTS + file);
        if (font == null) {
            throw new IllegalStateException("Font " + file + " missing from the classpath (jasperreports-fonts)");
        }
        return font;
    }
}
