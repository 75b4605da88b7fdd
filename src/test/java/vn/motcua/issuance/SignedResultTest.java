package vn.motcua.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/**
 * The leader's approval signs the result (PAdES): checked here independently of our own verifier,
 * with PDFBox and BouncyCastle as any relying party would, against the demo CA's certificate read
 * from its key store on disk; then a copy changed by one byte, and a stored copy changed behind the
 * application's back, are caught by the public API and the page. Hostile uploads get a 4xx.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignedResultTest {

    static final String BIRTH_REGISTRATION = "1.001193";
    /** Wednesday 9 December 2026, a working day. */
    static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 12, 9, 8, 0);
    static final LocalDateTime APPROVED = RECEIVED.plusHours(3);

    @Autowired MockMvc http;
    @Autowired ProvinceClock clock;
    @Autowired SignIn signIn;
    @Autowired ClerkTasks tasks;
    @Autowired DossierIntake intake;
    @Autowired JdbcClient jdbc;
    @Value("${motcua.issuance.demo-keys.directory}") Path keyDirectory;
    @Value("${motcua.issuance.demo-keys.password}") String keyPassword;

    @AfterAll
    void resetClock() {
        clock.reset();
        signIn.out();
    }

    @Test
    void theApprovedResultCarriesAPadesSignatureOfTheLeaderChainingToTheDemoCaWithTheSigningTime()
            throws Exception {
        byte[] pdf = result(approvedDossier());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            PDSignature signature = signatures.get(0);
            assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            int[] range = signature.getByteRange();
            assertThat(range[0]).isZero();
            assertThat((long) range[2] + range[3]).as("the signature covers the whole file").isEqualTo(pdf.length);
            assertThat(signature.getSignDate().toInstant())
                    .isEqualTo(APPROVED.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());

            // the CMS without the zero padding of the space reserved for it
            ContentInfo signedData;
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
                signedData = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signedData);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates()
                    .getMatches(signer.getSID()).iterator().next();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)))
                    .as("signature intact").isTrue();
            assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=Lê Hoàng Nam", "UID=leader");
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
                    .as("PAdES binds the signer's certificate").isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime))
                    .as("PAdES: the signing time is the dictionary's /M, not a CMS attribute").isNull();

            PKIXParameters pkix = new PKIXParameters(Set.of(new TrustAnchor(demoCa(), null)));
            pkix.setRevocationEnabled(false);
            pkix.setDate(signature.getSignDate().getTime());
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificate)), pkix);
        }
    }

    @Test
    void theResultIsStoredOnceAndItsHashIsInTheAuditTrail() throws Exception {
        String code = approvedDossier();
        byte[] first = result(code);

        assertThat(result(code)).as("printed again: the same signed file").isEqualTo(first);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(first));
        assertThat(jdbc.sql("SELECT detail FROM audit_record WHERE dossier_code = ? AND action = 'DOCUMENT_ISSUED'"
                        + " AND username = 'leader'").param(code).query(String.class).list())
                .anyMatch(detail -> detail.contains(hash));
    }

    @Test
    void theExactCopyPassesAndACopyChangedByOneByteFailsAtTheApiAndOnThePage() throws Exception {
        String code = approvedDossier();
        byte[] pdf = result(code);
        String id = idOf(code);
        byte[] changed = pdf.clone();
        changed[pdf.length / 2] ^= 0x01;

        http.perform(get("/api/public/documents/{id}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true)).andExpect(jsonPath("$.dossierCode").value(code))
                .andExpect(jsonPath("$.documentName").value("Thông báo kết quả giải quyết hồ sơ"));
        http.perform(post("/api/public/documents/{id}/copy-check", id).contentType(MediaType.APPLICATION_PDF)
                .content(pdf)).andExpect(status().isOk()).andExpect(jsonPath("$.exactCopy").value(true));
        http.perform(post("/api/public/documents/{id}/copy-check", id).contentType(MediaType.APPLICATION_PDF)
                .content(changed)).andExpect(status().isOk()).andExpect(jsonPath("$.exactCopy").value(false));
        String page = http.perform(multipart("/portal/verify/{id}", id)
                        .file(new MockMultipartFile("file", "ket-qua.pdf", "application/pdf", changed)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"verify-copy-different\"").doesNotContain("id=\"verify-copy-exact\"");
        String samePage = http.perform(multipart("/portal/verify/{id}", id)
                        .file(new MockMultipartFile("file", "ket-qua.pdf", "application/pdf", pdf)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(samePage).contains("id=\"verify-copy-exact\"");
    }

    @Test
    void aStoredCopyChangedBehindTheApplicationsBackIsReportedInvalid() throws Exception {
        String code = approvedDossier();
        byte[] pdf = result(code);
        String id = idOf(code);
        byte[] changed = pdf.clone();
        changed[pdf.length / 3] ^= 0x01;
        jdbc.sql("UPDATE issued_document SET content = ? WHERE id = ?").params(changed, id).update();

        http.perform(get("/api/public/documents/{id}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false)).andExpect(jsonPath("$.storedHashValid").value(false))
                .andExpect(jsonPath("$.signatureValid").value(false));
        String page = http.perform(get("/portal/verify/{id}", id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Văn bản KHÔNG hợp lệ", "Đã bị thay đổi sau khi cấp").doesNotContain(
                Applicants.NGUYEN_VAN_AN.fullName(), Applicants.NGUYEN_VAN_AN.idNumber(), "Lê Hoàng Nam");
    }

    @Test
    void hostileUploadsAndUnknownIdsAreRefusedNamingTheFieldNeverWithA500() throws Exception {
        String id = idOf(approvedDossier());

        http.perform(post("/api/public/documents/{id}/copy-check", id).content("GIF89a not a pdf"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("file"));
        http.perform(post("/api/public/documents/{id}/copy-check", id))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("file"));
        byte[] huge = new byte[IssuedDocuments.MAX_UPLOAD_BYTES + 1];
        System.arraycopy("%PDF-1.7".getBytes(), 0, huge, 0, 8);
        http.perform(post("/api/public/documents/{id}/copy-check", id).content(huge))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("file"));
        http.perform(multipart("/portal/verify/{id}", id)
                        .file(new MockMultipartFile("file", "anh.png", "image/png", new byte[] {(byte) 0x89, 'P'}))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tệp không phải PDF")));
        http.perform(get("/api/public/documents/{id}", "00000000-0000-4000-8000-000000000000"))
                .andExpect(status().isNotFound());
        // encoded slashes are refused by the firewall before any handler: a 400 either way, never a 500
        http.perform(get("/api/public/documents/{id}", "../../etc/passwd")).andExpect(status().is4xxClientError());
        http.perform(get("/api/public/documents/{id}", "' OR 1=1 --")).andExpect(status().isNotFound());
        http.perform(get("/portal/verify/{id}", "nonsense")).andExpect(status().isNotFound());
        http.perform(post("/api/public/documents/{id}/copy-check", "nonsense").content("%PDF-1.7"))
                .andExpect(status().isNotFound());
    }

    /** A birth registration received at the desk, verified by the specialist, approved by the leader. */
    private String approvedDossier() {
        clock.setFixed(RECEIVED);
        signIn.as("reception");
        String code = intake.receive(Applicants.atDesk(BIRTH_REGISTRATION)).code();
        complete("specialist", code, RECEIVED.plusHours(1));
        complete("leader", code, APPROVED);
        signIn.out();
        return code;
    }

    private void complete(String user, String code, LocalDateTime at) {
        clock.setFixed(at);
        signIn.as(user);
        tasks.complete(tasks.openTasksOf(code).get(0).id(), "approve", null);
    }

    private byte[] result(String code) throws Exception {
        return http.perform(get("/api/dossiers/{code}/forms/KQ.pdf", code).with(httpBasic("reception", "demo")))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private String idOf(String code) {
        return jdbc.sql("SELECT id FROM issued_document WHERE dossier_code = ? AND kind = 'KQ'").param(code)
                .query(String.class).single();
    }

    private X509Certificate demoCa() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyDirectory.resolve(DemoKeyStores.CA_FILE))) {
            store.load(in, keyPassword.toCharArray());
        }
        return (X509Certificate) store.getCertificate(store.aliases().nextElement());
    }
}
