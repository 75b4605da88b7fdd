package vn.motcua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.testing.DatabaseTest;

/**
 * The chain check as auditors run it, on the page and through the API, after what real use
 * writes (a form sign-in records no detail) and after tampering by someone who can write to
 * the database but holds neither the sealing key nor the node's disk.
 *
 * <p>Tampering tests put back what they changed; the last one (tail truncation) cannot take
 * back the checkpoint it leaves in the file, so it runs last in a context of its own.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "motcua.audit.seal-every=1h")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChainVerificationTest {

    @Autowired MockMvc http;
    @Autowired AuditChain chain;
    @Autowired AuditCheckpoints checkpoints;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired ObjectMapper json;

    @BeforeEach
    void aFormSignInAndADossierAreOnTheSealedIntactChain() throws Exception {
        http.perform(formLogin("/login").user("reception").password("demo")).andExpect(status().is3xxRedirection());
        http.perform(post("/api/dossiers").with(httpBasic("reception", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(AuditTrailTest.INTAKE)).andExpect(status().isCreated());
        chain.seal();
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    @Order(1)
    void theChainVerifiesAfterAFormSignInOnThePageAndThroughTheApi() throws Exception {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'SIGN_IN' AND detail IS NULL")
                .query(Long.class).single()).isPositive();

        assertThat(apiVerdict()).containsEntry("intact", true);
        assertThat(pageVerdict()).contains("id=\"chain-intact\"");
    }

    @Test
    @Order(2)
    void aNullWrittenIntoASealedRowIsReportedAsAltered() throws Exception {
        for (String column : List.of("detail", "dossier_code", "hash", "entry_mac", "nonce", "seal_key", "chain_seq")) {
            long seq = lastSeqWhere(column + " IS NOT NULL");
            Map<String, Object> row = jdbc.sql("SELECT * FROM audit_record WHERE chain_seq = ?").param(seq).query()
                    .singleRow();
            Object original = row.get(column);
            try {
                jdbc.sql("UPDATE audit_record SET " + column + " = NULL WHERE id = ?").param(row.get("id")).update();

                assertThat(apiVerdict()).as(column).containsEntry("intact", false)
                        .containsEntry("problem", "altered").containsEntry("firstBrokenSeq", (int) seq);
                assertThat(pageVerdict()).as(column).contains("id=\"chain-broken\"")
                        .contains("vị trí " + seq + " đã bị sửa");
            } finally {
                jdbc.sql("UPDATE audit_record SET " + column + " = ? WHERE id = ?").params(original, row.get("id"))
                        .update();
            }
            chain.seal();
            assertThat(chain.verify().intact()).as("restored " + column).isTrue();
        }
    }

    @Test
    @Order(3)
    void aForgedRowInsertedStraightIntoTheTableIsDetectedSealedOrNot() throws Exception {
        var head = head();
        // sealed like a genuine one: linked with the unkeyed SHA-256 the chain used to have
        long forgedSeq = head.seq() + 1;
        long id = forge(forgedSeq, sha256(head.hash() + forgedSeq + "admin"));
        jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = (SELECT hash FROM audit_record WHERE id = ?)")
                .params(forgedSeq, id).update();
        assertForgedDetectedAt(forgedSeq);
        rewindTo(head, id);

        // unsealed, left for the sealer to link: it does, and its missing entry MAC gives it away
        head = head();
        id = forge(null, null);
        assertForgedDetectedAt(head.seq() + 1);
        rewindTo(head, id);
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    @Order(4)
    void theTailCutWithTheHeadRewoundOrTheChainRestartedIsDetectedFromTheCheckpointOutsideTheDatabase()
            throws Exception {
        Checkpoint checkpoint = checkpoints.checkpoint().orElseThrow();
        assertThat(Files.readString(checkpoints.file()))
                .contains(checkpoint.chainSeq() + " " + checkpoint.hash());
        assertThat(pageVerdict()).contains("id=\"chain-checkpoint\"").contains(checkpoint.signature());
        long keep = checkpoint.chainSeq() - 2;
        String keptHash = jdbc.sql("SELECT hash FROM audit_record WHERE chain_seq = ?").param(keep)
                .query(String.class).single();
        chain.seal();

        // everything a database-only attacker can do: cut the tail, rewind the head, delete the signed checkpoints
        jdbc.sql("DELETE FROM audit_record WHERE chain_seq > ?").param(keep).update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ?").params(keep, keptHash).update();
        jdbc.sql("DELETE FROM audit_checkpoint").update();

        assertThat(apiVerdict()).containsEntry("intact", false).containsEntry("problem", "missing")
                .containsEntry("firstBrokenSeq", (int) keep + 1);
        assertThat(pageVerdict()).contains("id=\"chain-broken\"").contains("thiếu bản ghi");

        // nor can they start the chain afresh: the application would re-seal what is left under a
        // new identity, and the checkpoint in the file is then not one of this chain's
        jdbc.sql("UPDATE audit_record SET chain_seq = NULL, hash = NULL").update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = 0, last_hash = ?, chain_id = NULL").param("0".repeat(64))
                .update();
        assertThat(apiVerdict()).containsEntry("intact", false).containsEntry("problem", "altered")
                .containsEntry("firstBrokenSeq", (int) checkpoint.chainSeq());
    }

    private void assertForgedDetectedAt(long seq) throws Exception {
        assertThat(apiVerdict()).containsEntry("intact", false).containsEntry("problem", "altered")
                .containsEntry("firstBrokenSeq", (int) seq);
        assertThat(pageVerdict()).contains("id=\"chain-broken\"").contains("vị trí " + seq + " đã bị sửa");
    }

    private long forge(Long seq, String hash) {
        jdbc.sql("""
                        INSERT INTO audit_record (occurred_at, username, dossier_code, action, outcome, detail,
                                                  chain_seq, hash, seal_key, nonce, entry_mac)
                        VALUES (CURRENT_TIMESTAMP, 'admin', NULL, 'USER_ROLE', 'DONE', 'admin made leader', ?, ?,
                                'demo', '0123456789abcdef0123456789abcdef', ?)""")
                .params(seq, hash, hash).update();
        return jdbc.sql("SELECT MAX(id) FROM audit_record WHERE action = 'USER_ROLE'").query(Long.class).single();
    }

    /** Puts the chain back as it was before a forgery: later records are sealed again behind the saved head. */
    private void rewindTo(ChainHead.Head head, long forgedId) {
        jdbc.sql("DELETE FROM audit_record WHERE id = ?").param(forgedId).update();
        jdbc.sql("UPDATE audit_record SET chain_seq = NULL, hash = NULL WHERE chain_seq > ?").param(head.seq()).update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ?").params(head.seq(), head.hash()).update();
        chain.seal();
    }

    private ChainHead.Head head() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head")
                .query((rs, row) -> new ChainHead.Head(rs.getLong(1), rs.getString(2))).single();
    }

    private long lastSeqWhere(String condition) {
        return jdbc.sql("SELECT MAX(chain_seq) FROM audit_record WHERE " + condition).query(Long.class).single();
    }

    private Map<String, Object> apiVerdict() throws Exception {
        String body = http.perform(post("/api/audit/verification").with(httpBasic("auditor", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readValue(body, Map.class);
    }

    private String pageVerdict() throws Exception {
        return http.perform(post("/audit/verification").with(csrf()).with(user(users.loadUserByUsername("auditor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
