package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.testing.DatabaseTest;

/**
 * The administrators' account pages: only administrators reach them; bad input names the field
 * in words and changes nothing; a taken name and the last administrator are conflicts; every
 * change is on the audit trail without the password; a disabled account or an old password stops
 * working at the next request, for a page session and for an HTTP Basic script alike.
 */
@DatabaseTest
@AutoConfigureMockMvc
class AccountAdministrationTest {

    @Autowired MockMvc http;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired PasswordEncoder encoder;

    @ParameterizedTest(name = "{0} {1} {2} → 403")
    @CsvSource({"reception, GET, /admin/users", "auditor, POST, /admin/users", "leader, POST, /admin/users/reception/disable",
            "analyst, POST, /admin/users/reception/password", "specialist, GET, /admin/agencies",
            "auditor, POST, /admin/agencies"})
    void onlyAdministratorsReachThePages(String username, String method, String url) throws Exception {
        MockHttpServletRequestBuilder request = "GET".equals(method) ? get(url) : post(url).with(csrf())
                .param("password", "a-new-password").param("code", "XAA").param("parentCode", "TINH")
                .param("kind", "COMMUNE").param("nameVi", "Xã A").param("username", "intruder")
                .param("fullName", "Kẻ lạ").param("agencyCode", "TINH").param("roles", "ADMIN");
        http.perform(request.with(user(users.loadUserByUsername(username)))).andExpect(status().isForbidden());

        assertThat(enabled("reception")).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = 'intruder'").query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM agency WHERE code = 'XAA'").query(Integer.class).single()).isZero();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        http.perform(post("/admin/users/reception/disable").with(asAdmin())).andExpect(status().isForbidden());
        assertThat(enabled("reception")).isTrue();
    }

    @Test
    void anAdministratorCreatesAClerkWhosePasswordIsStoredAsABcryptHash() throws Exception {
        http.perform(create("tran.binh", "Trần Văn Bình", "XPV", "specialist-password", "SPECIALIST"))
                .andExpect(redirectedUrl("/admin/users/tran.binh"));

        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'tran.binh'")
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("specialist-password");
        assertThat(encoder.matches("specialist-password", hash)).isTrue();
        StaffUser created = users.loadUserByUsername("tran.binh") instanceof StaffPrincipal p ? p.staffUser() : null;
        assertThat(created).isEqualTo(new StaffUser("tran.binh", "Trần Văn Bình", "XPV",
                Set.of(Role.SPECIALIST)));

        String page = page(get("/admin/users").with(asAdmin()));
        assertThat(page).contains("tran.binh", "XPV — Ủy ban nhân dân xã Phước Vĩnh", "Chuyên viên xử lý")
                .doesNotContain(">SPECIALIST<");
        assertThat(trailOf("tran.binh")).containsExactly(
                "ACCOUNT_CREATED admin Tạo tài khoản «tran.binh» (Trần Văn Bình): cơ quan XPV (Ủy ban nhân dân xã "
                        + "Phước Vĩnh); vai trò: Chuyên viên xử lý");
    }

    @ParameterizedTest(name = "{0}=\"{1}\" → 400: {2}")
    @CsvSource(delimiter = '|', value = {
            "username | Bad Name | Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm",
            "username | nguyễn.an | Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm",
            "fullName | '' | Họ và tên là bắt buộc",
            "agencyCode | NOPE | Cơ quan phải chọn trong danh sách cơ quan",
            "roles | ROOT | Vai trò: chọn ít nhất một vai trò",
            "password | short | Mật khẩu phải có ít nhất 8 ký tự"})
    void badInputNamesTheFieldAndCreatesNothing(String field, String value, String message) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("username", "le.hoa", "fullName", "Lê Thị Hoa",
                "agencyCode", "XPV", "roles", "RECEPTION", "password", "a-good-password"));
        fields.put(field, value);
        MockHttpServletRequestBuilder form = post("/admin/users").with(csrf()).with(asAdmin());
        fields.forEach(form::param);
        String page = page(form, 400);
        assertThat(page).contains(message).contains("id=\"" + field + "-error\"").doesNotContain("a-good-password");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username IN ('le.hoa', 'Bad Name', 'nguyễn.an')")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void badChangesToAnAccountNameTheFieldAndChangeNothing() throws Exception {
        String hash = hashOf("reception2");
        assertThat(page(post("/admin/users/reception2/password").param("password", "short").with(csrf()).with(asAdmin()),
                400)).contains("Mật khẩu phải có ít nhất 8 ký tự");
        assertThat(page(post("/admin/users/reception2/assignment").param("agencyCode", "NOPE")
                .param("roles", "RECEPTION").with(csrf()).with(asAdmin()), 400)).contains("Cơ quan phải chọn");
        assertThat(page(post("/admin/users/reception2/assignment").param("agencyCode", "XPV")
                .with(csrf()).with(asAdmin()), 400)).contains("Vai trò: chọn ít nhất một vai trò");
        assertThat(hashOf("reception2")).isEqualTo(hash);
        assertThat(jdbc.sql("SELECT agency_code || ':' || roles FROM app_user WHERE username = 'reception2'")
                .query(String.class).single()).isEqualTo("PTH:RECEPTION");
        assertThat(trailOf("reception2")).isEmpty();
    }

    @Test
    void aTakenUserNameIsAConflict() throws Exception {
        assertThat(page(create("reception", "Người khác", "PTH", "another-password", "LEADER"), 409))
                .contains("Tên đăng nhập reception đã được dùng");
        assertThat(jdbc.sql("SELECT full_name FROM app_user WHERE username = 'reception'").query(String.class).single())
                .isEqualTo("Nguyễn Thị Lan");
    }

    @Test
    void theLastEnabledAdministratorCanNeitherBeDisabledNorLoseTheRole() throws Exception {
        http.perform(create("quan.tri2", "Quản trị thứ hai", "TINH", "second-admin-password", "ADMIN"))
                .andExpect(status().is3xxRedirection());
        http.perform(post("/admin/users/quan.tri2/disable").with(csrf()).with(asAdmin()))
                .andExpect(redirectedUrl("/admin/users/quan.tri2"));

        assertThat(page(post("/admin/users/admin/disable").with(csrf()).with(asAdmin()), 409))
                .contains("Không thể vô hiệu hóa hoặc bỏ vai trò Quản trị hệ thống của admin");
        assertThat(page(post("/admin/users/admin/assignment").param("agencyCode", "TINH").param("roles", "AUDITOR")
                .with(csrf()).with(asAdmin()), 409)).contains("tài khoản quản trị cuối cùng còn hoạt động");
        assertThat(enabled("admin")).isTrue();
        assertThat(jdbc.sql("SELECT roles FROM app_user WHERE username = 'admin'").query(String.class).single())
                .isEqualTo("ADMIN");
        assertThat(trailOf("admin")).isEmpty();
    }

    @Test
    void disablingEndsThePageSessionAtOnceAndTheAccountCannotSignIn() throws Exception {
        http.perform(create("pham.cuong", "Phạm Văn Cường", "XPV", "reception-password", "RECEPTION"))
                .andExpect(status().is3xxRedirection());
        Cookie session = signIn("pham.cuong", "reception-password");
        http.perform(get("/tasks").cookie(session)).andExpect(status().isOk());

        http.perform(post("/admin/users/pham.cuong/disable").with(csrf()).with(asAdmin()))
                .andExpect(status().is3xxRedirection());

        http.perform(get("/tasks").cookie(session)).andExpect(redirectedUrlPattern("**/login"));
        http.perform(formLogin().user("pham.cuong").password("reception-password"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(trailOf("pham.cuong")).element(1).asString()
                .isEqualTo("ACCOUNT_DISABLED admin Vô hiệu hóa tài khoản «pham.cuong»");
        assertThat(page(get("/audit").param("user", "admin").with(user(users.loadUserByUsername("auditor")))))
                .as("the audit page names the action in words, its stored code only in the tooltip")
                .contains("<td title=\"ACCOUNT_DISABLED\">Vô hiệu hóa tài khoản</td>")
                .doesNotContain(">ACCOUNT_DISABLED<");

        http.perform(post("/admin/users/pham.cuong/enable").with(csrf()).with(asAdmin()))
                .andExpect(status().is3xxRedirection());
        signIn("pham.cuong", "reception-password");
        assertThat(trailOf("pham.cuong")).last().asString()
                .isEqualTo("ACCOUNT_ENABLED admin Kích hoạt lại tài khoản «pham.cuong»");
    }

    /** Allowed while another administrator remains: the request that ends its own session must not write it back. */
    @Test
    void anAdministratorWhoDisablesTheirOwnAccountIsSignedOutCleanly() throws Exception {
        http.perform(create("quan.tri3", "Quản trị tạm thời", "TINH", "temporary-admin-password", "ADMIN"))
                .andExpect(status().is3xxRedirection());
        Cookie session = signIn("quan.tri3", "temporary-admin-password");

        http.perform(post("/admin/users/quan.tri3/disable").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/quan.tri3"));

        http.perform(get("/admin/users").cookie(session)).andExpect(redirectedUrlPattern("**/login"));
        assertThat(enabled("quan.tri3")).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'quan.tri3'")
                .query(Integer.class).single()).isZero();
    }

    /** A script's Basic credentials are cached for minutes on each node: a reset or a disable still counts at once. */
    @Test
    void aResetPasswordOrADisabledAccountIsRefusedAtOnceOverHttpBasic() throws Exception {
        http.perform(create("vo.dung", "Võ Thị Dung", "XPV", "old-password-1", "SPECIALIST"))
                .andExpect(status().is3xxRedirection());
        Cookie session = signIn("vo.dung", "old-password-1");
        for (int call = 0; call < 2; call++) {
            http.perform(get("/api/tasks").with(httpBasic("vo.dung", "old-password-1"))).andExpect(status().isOk());
        }

        http.perform(post("/admin/users/vo.dung/password").param("password", "new-password-2").with(csrf())
                .with(asAdmin())).andExpect(redirectedUrl("/admin/users/vo.dung"));

        http.perform(get("/api/tasks").with(httpBasic("vo.dung", "old-password-1"))).andExpect(status().isUnauthorized());
        http.perform(get("/tasks").cookie(session)).andExpect(redirectedUrlPattern("**/login"));
        http.perform(get("/api/tasks").with(httpBasic("vo.dung", "new-password-2"))).andExpect(status().isOk());
        http.perform(get("/api/tasks").with(httpBasic("vo.dung", "new-password-2"))).andExpect(status().isOk());

        http.perform(post("/admin/users/vo.dung/disable").with(csrf()).with(asAdmin()))
                .andExpect(status().is3xxRedirection());
        http.perform(get("/api/tasks").with(httpBasic("vo.dung", "new-password-2"))).andExpect(status().isUnauthorized());

        List<String> trail = trailOf("vo.dung");
        assertThat(trail).hasSize(3);
        assertThat(trail.get(1)).isEqualTo("ACCOUNT_PASSWORD_RESET admin Đặt lại mật khẩu của tài khoản «vo.dung»");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE detail LIKE '%password-%'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void movingAClerkToAnotherAgencyChangesTheirTaskGroupsAndIsAudited() throws Exception {
        http.perform(create("do.em", "Đỗ Văn Em", "XPV", "a-clerk-password", "SPECIALIST"))
                .andExpect(status().is3xxRedirection());
        http.perform(post("/admin/users/do.em/assignment").param("agencyCode", "PTH").param("roles", "SPECIALIST")
                .param("roles", "LEADER").with(csrf()).with(asAdmin())).andExpect(redirectedUrl("/admin/users/do.em"));

        StaffUser moved = ((StaffPrincipal) users.loadUserByUsername("do.em")).staffUser();
        assertThat(moved.groups()).containsExactly("PTH.leader", "PTH.specialist");
        assertThat(trailOf("do.em")).last().asString().isEqualTo("ACCOUNT_REASSIGNED admin Đổi cơ quan, vai trò của "
                + "tài khoản «do.em»: cơ quan XPV (Ủy ban nhân dân xã Phước Vĩnh) → PTH (Ủy ban nhân dân phường "
                + "Thuận Hòa); vai trò Chuyên viên xử lý → Chuyên viên xử lý, Lãnh đạo ký duyệt");
    }

    @Test
    void theApiNamesTheFieldOfBadInputAnswersConflictsWith409AndNeverReturnsAPassword() throws Exception {
        String body = """
                {"username": "%s", "fullName": "Lý Thị Giang", "agencyCode": "PTH", "roles": ["LEADER"],
                 "password": "api-password-1"}""";
        http.perform(post("/api/admin/users").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("Ly Giang")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("username"))
                .andExpect(jsonPath("$.error").value(containsString("Tên đăng nhập chỉ gồm chữ thường")));
        http.perform(post("/api/admin/users").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("reception")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("username"));
        http.perform(post("/api/admin/users").with(httpBasic("auditor", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("ly.giang")))
                .andExpect(status().isForbidden());

        String created = http.perform(post("/api/admin/users").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("ly.giang")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.roles[0]").value("LEADER"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(created).doesNotContain("password");
        http.perform(get("/api/tasks").with(httpBasic("ly.giang", "api-password-1"))).andExpect(status().isOk());
    }

    private MockHttpServletRequestBuilder create(String username, String fullName, String agency, String password,
                                                 String role) {
        return post("/admin/users").param("username", username).param("fullName", fullName)
                .param("agencyCode", agency).param("roles", role).param("password", password)
                .with(csrf()).with(asAdmin());
    }

    private RequestPostProcessor asAdmin() {
        return user(users.loadUserByUsername("admin"));
    }

    private Cookie signIn(String username, String password) throws Exception {
        MvcResult signedIn = http.perform(formLogin().user(username).password(password))
                .andExpect(redirectedUrl("/")).andReturn();
        Cookie session = signedIn.getResponse().getCookie("SESSION");
        assertThat(session).as("the session cookie of Spring Session").isNotNull();
        return session;
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return page(request, 200);
    }

    private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return http.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private boolean enabled(String username) {
        return jdbc.sql("SELECT enabled FROM app_user WHERE username = ?").param(username).query(Boolean.class).single();
    }

    private String hashOf(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username)
                .query(String.class).single();
    }

    /** The account's administration records: "ACTION actor description", oldest first. */
    private List<String> trailOf(String username) {
        return jdbc.sql("""
                SELECT action || ' ' || username || ' ' || detail FROM audit_record
                WHERE action LIKE 'ACCOUNT_%' AND detail LIKE ? ORDER BY id""")
                .param("%«" + username + "»%").query(String.class).list();
    }
}
