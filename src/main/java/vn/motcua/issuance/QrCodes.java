package vn.motcua.issuance;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR code of Circular 01/2023/TT-VPCP: the verification address on the first line (so that a
 * phone's scanner offers to open it), then the data set the Circular names, one {@code Name: value}
 * a line, named as the national portal's messages name them. Times as the portal writes them
 * ({@code yyyyMMddHHmmss}, province time). The applicant's ID number is masked: the code is public.
 */
final class QrCodes {

    static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    /** Pixels per module: 4 keeps the PNG small and sharp at the 22 mm the forms print it. */
    private static final int SCALE = 4;

    private QrCodes() {
    }

    static QrStamp stamp(IssueRequest request, String verificationUrl, String issuingSystem) {
        String text = text(request, verificationUrl, issuingSystem);
        return new QrStamp(verificationUrl,
                "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text)));
    }

    static String text(IssueRequest request, String verificationUrl, String issuingSystem) {
        StringJoiner lines = new StringJoiner("\n");
        lines.add(verificationUrl);
        line(lines, "MaHoSo", request.dossierCode());
        line(lines, "MaTTHC", request.procedureCode());
        line(lines, "SoGiayToChuHoSo", mask(request.applicantId()));
        line(lines, "TenGiayTo", request.documentName());
        line(lines, "HeThong", issuingSystem);
        line(lines, "ThoiGian", time(request.issuedAt()));
        line(lines, "NgayHenTra", time(request.appointmentAt()));
        return lines.toString();
    }

    /** The first three digits (the province of registration) and the last two; the rest as '*'. */
    static String mask(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return null;
        }
        String id = idNumber.strip();
        if (id.length() <= 5) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 3) + "*".repeat(id.length() - 5) + id.substring(id.length() - 2);
    }

    private static void line(StringJoiner lines, String name, String value) {
        if (value != null && !value.isBlank()) {
            // one item a line: a value cannot start a line of its own
            lines.add(name + ": " + value.replaceAll("[\\r\\n]+", " "));
        }
    }

    private static String time(LocalDateTime time) {
        return time == null ? null : time.format(PORTAL_TIME);
    }

    private static byte[] png(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION,
                            ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(matrix.getWidth() * SCALE, matrix.getHeight() * SCALE,
                    BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < image.getWidth(); x++) {
                for (int y = 0; y < image.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x / SCALE, y / SCALE) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR code too large for its data: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
