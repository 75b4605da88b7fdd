package vn.motcua.document;

import java.time.LocalDateTime;

/** A document of a dossier as recorded; its bytes are read through {@link DossierDocuments#content}. */
public record StoredDocument(long id, String dossierCode, Integer requiredPosition, String originalName,
                             String contentType, long sizeBytes, String sha256, LocalDateTime uploadedAt,
                             String uploadedBy) {

    /** Its kind for people to read ({@code PDF}, {@code JPEG}, {@code PNG}); {@code OTHER} if not one we accept. */
    public String kind() {
        return FileKind.ofContentType(contentType).map(Enum::name).orElse("OTHER");
    }

    /** A PDF, which a browser may show in a frame of our page. */
    public boolean showsAsPdf() {
        return FileKind.ofContentType(contentType).filter(k -> k == FileKind.PDF).isPresent();
    }

    /** A JPEG or PNG picture, which a page may show as an image. */
    public boolean showsAsImage() {
        return FileKind.ofContentType(contentType).filter(k -> k != FileKind.PDF).isPresent();
    }

    /**
     * May be sent inline: only the kinds recognised by their bytes at upload. Anything else (SVG,
     * HTML, a row written by another tool) is only ever downloaded, never rendered by the browser.
     */
    public boolean showableInline() {
        return showsAsPdf() || showsAsImage();
    }
}
