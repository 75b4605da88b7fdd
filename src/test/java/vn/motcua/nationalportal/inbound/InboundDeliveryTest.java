package vn.motcua.nationalportal.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.document.DossierDocuments;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.testing.DatabaseTest;

/**
 * What a signed delivery does: a malformed one is refused naming the message's field and stores
 * nothing; the same delivery again, even at the same moment, creates nothing new; and the dossier
 * waits at the desk like any online submission, which the desk accepts (status 2, form 01) or
 * refuses (status 3, form 03).
 */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestPropertySource(properties = {Deliveries.PROPERTIES,
        "motcua.files-directory=target/test-files/national-portal-inbound"})
class InboundDeliveryTest {

    @Autowired MockMvc http;
    @Autowired JdbcClient jdbc;
    @Autowired ProvinceClock clock;
    @Autowired UserDetailsService users;
    @LocalServerPort int port;

    @BeforeEach
    void tuesdayMorning() {
        clock.setFixed(InboundSignatureTest.NOW);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Stream<Arguments> malformed() {
        String exe = Base64.getEncoder().encodeToString(Deliveries.EXE);
        return Stream.of(
                refusal("MaHoSo", m -> m.remove("MaHoSo")),
                refusal("MaHoSo", m -> m.put("MaHoSo", "../../etc/passwd")),
                refusal("MaTTHC", m -> m.remove("MaTTHC")),
                refusal("MaTTHC", m -> m.put("MaTTHC", "9.999999")),
                refusal("MaTTHC", m -> m.put("MaTTHC", "' OR 1=1 --")),
                refusal("MaDonViTiepNhan", m -> m.put("MaDonViTiepNhan", "ZZZ")),
                refusal("MaDonViTiepNhan", m -> m.put("MaDonViTiepNhan", "SYT")),
                refusal("NgayNopHoSo", m -> m.remove("NgayNopHoSo")),
                refusal("NgayNopHoSo", m -> m.put("NgayNopHoSo", "20260230083000")),
                refusal("NgayNopHoSo", m -> m.put("NgayNopHoSo", "2026-12-15T08:30")),
                refusal("NgayNopHoSo", m -> m.put("NgayNopHoSo", "20261215253000")),
                refusal("NgayNopHoSo", m -> m.put("NgayNopHoSo", "20991231000000")),
                refusal("ChuHoSo", m -> m.remove("ChuHoSo")),
                refusal("ChuHoSo", m -> m.put("ChuHoSo", "   ")),
                refusal("ChuHoSo", m -> m.putObject("ChuHoSo").put("HoTen", "Trần Thị Bích Ngọc")),
                refusal("SoGiayToChuHoSo", m -> m.remove("SoGiayToChuHoSo")),
                refusal("SoGiayToChuHoSo", m -> m.put("SoGiayToChuHoSo", "<script>")),
                refusal("SoDienThoai", m -> m.remove("SoDienThoai")),
                refusal("Email", m -> m.put("Email", "not an email")),
                refusal("TaiLieuNop", m -> m.remove("TaiLieuNop")),
                refusal("TaiLieuNop", m -> m.putArray("TaiLieuNop")),
                refusal("TaiLieuNop", m -> {
                    for (int i = 0; i < DossierDocuments.MAX_FILES; i++) {
                        ((ArrayNode) m.get("TaiLieuNop")).add(document(m).deepCopy());
                    }
                }),
                refusal("TaiLieuNop[0].NoiDungBase64", m -> document(m).put("NoiDungBase64", "không phải base64!")),
                refusal("TaiLieuNop[0].NoiDungBase64", m -> document(m).remove("NoiDungBase64")),
                refusal("TaiLieuNop[0]", m -> document(m).put("NoiDungBase64", exe)),
                refusal("TaiLieuNop[0].ViTriThanhPhan", m -> document(m).put("ViTriThanhPhan", 9)),
                refusal("TaiLieuNop[0].ViTriThanhPhan", m -> document(m).put("ViTriThanhPhan", "-1")),
                refusal("TaiLieuNop[0].ViTriThanhPhan", m -> document(m).remove("ViTriThanhPhan")),
                refusal("TaiLieuNop[0].TenTepDinhKem", m -> document(m).put("TenTepDinhKem", "a\uFFFFb.pdf")));
    }

    @ParameterizedTest(name = "{0}: {index}")
    @MethodSource
    void malformed(String field, ObjectNode message) throws Exception {
        long dossiers = dossiers();
        long refusals = refusals();
        http.perform(Deliveries.signed(message, clock.instant()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field));
        assertThat(dossiers()).as("dossiers").isEqualTo(dossiers);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM national_portal_inbound WHERE portal_dossier_id = 'MALFORMED'")
                .query(Long.class).single()).as("deliveries").isZero();
        assertThat(refusals()).as("refusals on the audit trail").isEqualTo(refusals + 1);
    }

    @Test
    void unreadableJsonIsRefusedAndAnotherMediaTypeToo() throws Exception {
        long dossiers = dossiers();
        byte[] broken = "{\"MaHoSo\": ".getBytes(StandardCharsets.UTF_8);
        http.perform(Deliveries.signed(broken, Deliveries.SECRET, clock.instant())).andExpect(status().isBadRequest());
        byte[] json = Deliveries.bytes(Deliveries.message("MALFORMED"));
        http.perform(Deliveries.signed(json, Deliveries.SECRET, clock.instant()).contentType(MediaType.TEXT_PLAIN))
                .andExpect(status().isUnsupportedMediaType());
        assertThat(dossiers()).isEqualTo(dossiers);
    }

    @Test
    void theSameDeliveryAgainAnswersTheSameDossierAndCreatesNothing() throws Exception {
        ObjectNode message = Deliveries.message("REPEAT-1");
        String code = http.perform(Deliveries.signed(message, clock.instant())).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location").replace("/api/dossiers/", "");
        long dossiers = dossiers();
        clock.setFixed(InboundSignatureTest.NOW.plusMinutes(3)); // the portal retries, signing anew
        http.perform(Deliveries.signed(message, clock.instant()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dossierCode").value(code));
        assertThat(dossiers()).isEqualTo(dossiers);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier_document WHERE dossier_code = ?").param(code)
                .query(Long.class).single()).as("files stored once").isEqualTo(1);
    }

    @Test
    void theSameIdWithOtherContentIsAConflictAndChangesNothing() throws Exception {
        http.perform(Deliveries.signed(Deliveries.message("REPEAT-2"), clock.instant())).andExpect(status().isCreated());
        long dossiers = dossiers();
        http.perform(Deliveries.signed(Deliveries.message("REPEAT-2").put("ChuHoSo", "Người Khác"), clock.instant()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("MaHoSo"));
        assertThat(dossiers()).isEqualTo(dossiers);
        assertThat(jdbc.sql("SELECT applicant_name FROM dossier d JOIN national_portal_inbound n "
                + "ON n.dossier_code = d.code WHERE n.portal_dossier_id = 'REPEAT-2'").query(String.class).single())
                .isEqualTo("Trần Thị Bích Ngọc");
    }

    @Test
    void fourDeliveriesOfOneIdAtTheSameMomentCreateOneDossier() throws Exception {
        int copies = 4;
        byte[] body = Deliveries.bytes(Deliveries.message("RACE-1"));
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + InboundDossierController.PATH))
                .header("Content-Type", MediaType.APPLICATION_JSON_VALUE)
                .header(PortalSignature.TIMESTAMP_HEADER, timestamp)
                .header(PortalSignature.SIGNATURE_HEADER, PortalSignature.sign(Deliveries.SECRET, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        long dossiers = dossiers();
        CyclicBarrier barrier = new CyclicBarrier(copies);
        ExecutorService threads = Executors.newFixedThreadPool(copies);
        List<HttpResponse<String>> answers = new ArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                sent.add(threads.submit(() -> {
                    barrier.await(30, TimeUnit.SECONDS);
                    return client.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
        ObjectMapper json = new ObjectMapper();
        List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
        assertThat(statuses).as(answers.toString()).containsExactly(200, 200, 200, 201);
        List<String> codes = new ArrayList<>();
        for (HttpResponse<String> answer : answers) {
            codes.add(json.readTree(answer.body()).get("dossierCode").asText());
        }
        assertThat(codes).as("one dossier code for all").hasSize(copies).containsOnly(codes.get(0));
        assertThat(dossiers()).isEqualTo(dossiers + 1);
    }

    @Test
    void theDeskSeesTheDeliveredDossierAndAcceptsIt() throws Exception {
        String code = deliver("DESK-ACCEPT-1");
        String desk = http.perform(get("/desk").with(user(users.loadUserByUsername("reception"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(desk).contains(code);
        http.perform(get("/api/dossiers/" + code + "/forms/01.pdf").with(httpBasic("reception", "demo")))
                .andExpect(status().isNotFound());
        http.perform(post("/api/dossiers/" + code + "/accept").with(httpBasic("reception", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status.code").value(2))
                .andExpect(jsonPath("$.channel").value("ONLINE"));
        http.perform(get("/api/dossiers/" + code + "/forms/01.pdf").with(httpBasic("reception", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void theDeskRefusesADeliveredDossierWithFormThree() throws Exception {
        String code = deliver("DESK-REFUSE-1");
        http.perform(post("/api/dossiers/" + code + "/refuse").with(httpBasic("reception", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Thiếu giấy đề nghị có chữ ký\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status.code").value(3));
        http.perform(get("/api/dossiers/" + code + "/forms/03.pdf").with(httpBasic("reception", "demo")))
                .andExpect(status().isOk());
    }

    private String deliver(String portalId) throws Exception {
        return http.perform(Deliveries.signed(Deliveries.message(portalId), clock.instant()))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location")
                .replace("/api/dossiers/", "");
    }

    private static Arguments refusal(String field, Consumer<ObjectNode> change) {
        ObjectNode message = Deliveries.message("MALFORMED");
        change.accept(message);
        return Arguments.of(field, message);
    }

    private static ObjectNode document(ObjectNode message) {
        return (ObjectNode) message.get("TaiLieuNop").get(0);
    }

    private long dossiers() {
        return jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single();
    }

    private long refusals() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'NATIONAL_PORTAL_RECEIVE' AND outcome = 'REFUSED'")
                .query(Long.class).single();
    }
}
