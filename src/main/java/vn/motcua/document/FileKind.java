package vn.motcua.document;

import java.util.Arrays;
import java.util.Optional;

/** The file types accepted, recognised by their first bytes whatever their name says. */
enum FileKind {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String contentType;
    private final byte[] magic;

    FileKind(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    String contentType() {
        return contentType;
    }

    static Optional<FileKind> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(kind -> kind.contentType.equals(contentType)).findFirst();
    }

    static Optional<FileKind> of(byte[] content) {
        return Arrays.stream(values())
                .filter(kind -> content.length >= kind.magic.length
                        && Arrays.equals(content, 0, kind.magic.length, kind.magic, 0, kind.magic.length))
                .findFirst();
    }
}
