package vn.motcua.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Dossiers;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.ProvinceClock;

/** The documents of dossiers: checked and stored at submission, read by staff who may see the dossier. */
@Service
public class DossierDocuments {

    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final int MAX_FILES = 10;
    private static final int NAME_LENGTH = 255;
    private static final int CODES_PER_QUERY = 1000;
    private static final String COLUMNS = """
            id, dossier_code, required_position, original_name, content_type, size_bytes, sha256, uploaded_at,
            uploaded_by""";

    private final JdbcClient jdbc;
    private final FileStore files;
    private final Dossiers dossiers;
    private final ProvinceClock clock;

    DossierDocuments(JdbcClient jdbc, FileStore files, Dossiers dossiers, ProvinceClock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /**
     * Refuses, naming the form field ({@code document-N}), an empty, oversized or unrecognised
     * file, or too many or no files. Call before anything is stored.
     */
    public void check(List<Upload> uploads) {
        if (uploads.isEmpty()) {
            throw new InvalidInputException("documents", "error.document.none");
        }
        if (uploads.size() > MAX_FILES) {
            throw new InvalidInputException("documents", "error.document.tooMany", MAX_FILES);
        }
        for (Upload upload : uploads) {
            String field = "document-" + upload.requiredPosition();
            if (upload.content().length == 0) {
                throw new InvalidInputException(field, "error.document.empty", displayName(upload));
            }
            if (upload.content().length > MAX_FILE_BYTES) {
                throw new InvalidInputException(field, "error.document.tooLarge", displayName(upload),
                        MAX_FILE_BYTES / (1024 * 1024));
            }
            if (FileKind.of(upload.content()).isEmpty()) {
                throw new InvalidInputException(field, "error.document.wrongType", displayName(upload));
            }
        }
    }

    /** Stores checked uploads with the dossier, in the caller's transaction. */
    @Transactional
    public void attach(String dossierCode, List<Upload> uploads, String uploadedBy) {
        check(uploads);
        for (Upload upload : uploads) {
            FileKind kind = FileKind.of(upload.content()).orElseThrow();
            String storageName = files.write(upload.content());
            jdbc.sql("INSERT INTO dossier_document (dossier_code, required_position, original_name, content_type, "
                            + "size_bytes, sha256, storage_name, uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(dossierCode, upload.requiredPosition(), displayName(upload), kind.contentType(),
                            upload.content().length, sha256(upload.content()), storageName, clock.now(), uploadedBy)
                    .update();
        }
    }

    /** The dossier's documents, if the signed-in member of staff may see the dossier. */
    public List<StoredDocument> list(String dossierCode) {
        return list(dossiers.get(dossierCode));
    }

    /**
     * The documents of a dossier the caller already holds, e.g. from the change it listens to,
     * which may have been made by a citizen or the national portal rather than staff.
     */
    public List<StoredDocument> list(Dossier dossier) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dossier_document WHERE dossier_code = ? ORDER BY id")
                .param(dossier.code()).query(StoredDocument.class).list();
    }

    public StoredDocument get(String dossierCode, long id) {
        return list(dossierCode).stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("id", "error.document.unknown", id));
    }

    public byte[] content(StoredDocument document) {
        String storageName = jdbc.sql("SELECT storage_name FROM dossier_document WHERE id = ?")
                .param(document.id()).query(String.class).single();
        return files.read(storageName);
    }

    /**
     * How many of these dossiers have at least one document stored: the digitised ones, for the
     * reports. Asked a thousand codes at a time, so that a year of dossiers stays one short query each.
     */
    public long countDigitised(Collection<String> dossierCodes) {
        List<String> codes = List.copyOf(dossierCodes);
        long digitised = 0;
        for (int from = 0; from < codes.size(); from += CODES_PER_QUERY) {
            digitised += jdbc.sql("SELECT COUNT(DISTINCT dossier_code) FROM dossier_document WHERE dossier_code IN (:codes)")
                    .param("codes", codes.subList(from, Math.min(codes.size(), from + CODES_PER_QUERY)))
                    .query(Long.class).single();
        }
        return digitised;
    }

    /** The file's own name without any path a browser may send, cut to the column's length. */
    static String displayName(Upload upload) {
        String name = upload.originalName() == null ? "" : upload.originalName();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").trim();
        if (name.isEmpty()) {
            name = "tep-dinh-kem";
        }
        return name.length() > NAME_LENGTH ? name.substring(name.length() - NAME_LENGTH) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
