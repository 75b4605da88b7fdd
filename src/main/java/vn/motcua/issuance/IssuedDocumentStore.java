package vn.motcua.issuance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The issued documents' table: insert once, read; there is no update and no delete. */
@Repository
class IssuedDocumentStore {

    private static final String COLUMNS = "id, kind, document_name, dossier_code, issued_at, signer, sha256, content";

    private final JdbcClient jdbc;

    IssuedDocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(IssuedDocument document, String sourceKey) {
        jdbc.sql("INSERT INTO issued_document (" + COLUMNS + ", source_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(document.id(), document.kind(), document.documentName(), document.dossierCode(),
                        document.issuedAt(), document.signer(), document.sha256(), document.content(), sourceKey)
                .update();
    }

    Optional<IssuedDocument> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM issued_document WHERE id = ?").param(id)
                .query(IssuedDocumentStore::map).optional();
    }

    Optional<IssuedDocument> bySource(String kind, String sourceKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM issued_document WHERE kind = ? AND source_key = ?")
                .params(kind, sourceKey).query(IssuedDocumentStore::map).optional();
    }

    /** The dossier's latest document of that kind. */
    Optional<IssuedDocument> latest(String dossierCode, String kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM issued_document WHERE dossier_code = ? AND kind = ?"
                        + " ORDER BY issued_at DESC, id FETCH FIRST 1 ROWS ONLY")
                .params(dossierCode, kind).query(IssuedDocumentStore::map).optional();
    }

    private static IssuedDocument map(ResultSet rs, int row) throws SQLException {
        return new IssuedDocument(rs.getString("id"), rs.getString("kind"), rs.getString("document_name"),
                rs.getString("dossier_code"), rs.getObject("issued_at", LocalDateTime.class), rs.getString("signer"),
                rs.getString("sha256"), rs.getBytes("content"));
    }
}
