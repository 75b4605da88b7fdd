package vn.motcua.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.testing.DatabaseTest;

/**
 * The administrators' agency page: the tree, a new agency under another (its code checked once
 * and kept for good), a new name; bad input names the field, a taken code is a conflict, every
 * change is on the audit trail in words.
 */
@DatabaseTest
@AutoConfigureMockMvc
class AgencyAdministrationTest {

    @Autowired MockMvc http;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired AgencyDirectory directory;

    @Test
    void anAdministratorAddsACommuneUnderTheProvinceAndGivesItAClerk() throws Exception {
        assertThat(directory.find("XTM")).isEmpty();
        http.perform(add("XTM", "TINH", "COMMUNE", "Ủy ban nhân dân xã Tân Mỹ", "")).andExpect(redirectedUrl("/admin/agencies"));

        assertThat(directory.find("XTM")).contains(new Agency("XTM", "TINH", AgencyKind.COMMUNE,
                "Ủy ban nhân dân xã Tân Mỹ", "Ủy ban nhân dân xã Tân Mỹ"));
        String tree = page(get("/admin/agencies").with(asAdmin()), 200);
        assertThat(tree).contains("Ủy ban nhân dân xã Tân Mỹ", "Xã, phường").doesNotContain(">COMMUNE<");
        assertThat(trail("AGENCY_ADDED", "XTM"))
                .containsExactly("admin Thêm cơ quan XTM (Ủy ban nhân dân xã Tân Mỹ) thuộc TINH, loại Xã, phường");

        // the account pages offer it at once
        http.perform(post("/admin/users").param("username", "tan.my").param("fullName", "Cán bộ Tân Mỹ")
                        .param("agencyCode", "XTM").param("roles", "RECEPTION").param("password", "a-desk-password")
                        .with(csrf()).with(asAdmin()))
                .andExpect(redirectedUrl("/admin/users/tan.my"));
    }

    @Test
    void renamingKeepsTheCodeAndIsAudited() throws Exception {
        http.perform(add("STTTT", "TINH", "DEPARTMENT", "Sở Thông tin", "Department of Information"))
                .andExpect(status().is3xxRedirection());
        http.perform(post("/admin/agencies/STTTT/name").param("nameVi", "Sở Khoa học và Công nghệ")
                        .param("nameEn", "Department of Science and Technology").with(csrf()).with(asAdmin()))
                .andExpect(redirectedUrl("/admin/agencies"));

        assertThat(directory.get("STTTT").nameVi()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(directory.get("STTTT").nameEn()).isEqualTo("Department of Science and Technology");
        assertThat(trail("AGENCY_RENAMED", "STTTT"))
                .containsExactly("admin Đổi tên cơ quan STTTT: «Sở Thông tin» → «Sở Khoa học và Công nghệ»");

        assertThat(page(post("/admin/agencies/STTTT/name").param("nameVi", " ").with(csrf()).with(asAdmin()), 400))
                .contains("Tên cơ quan (tiếng Việt) là bắt buộc");
        assertThat(directory.get("STTTT").nameVi()).isEqualTo("Sở Khoa học và Công nghệ");
    }

    @ParameterizedTest(name = "{0}=\"{1}\" → 400: {2}")
    @CsvSource(delimiter = '|', value = {
            "code | xbb | Mã cơ quan gồm 2–12 chữ in hoa không dấu hoặc số",
            "code | X | Mã cơ quan gồm 2–12 chữ in hoa không dấu hoặc số",
            "code | XBB-1 | Mã cơ quan gồm 2–12 chữ in hoa không dấu hoặc số",
            "code | XBBBBBBBBBBBB | Mã cơ quan gồm 2–12 chữ in hoa không dấu hoặc số",
            "parentCode | NOPE | Cơ quan cấp trên phải chọn trong danh sách",
            "kind | PROVINCE | Loại cơ quan phải là Sở, ban, ngành hoặc Xã, phường",
            "nameVi | '' | Tên cơ quan (tiếng Việt) là bắt buộc"})
    void badInputNamesTheFieldAndAddsNothing(String field, String value, String message) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("code", "XBB", "parentCode", "TINH",
                "kind", "COMMUNE", "nameVi", "Xã Bình Bá", "nameEn", ""));
        fields.put(field, value);
        MockHttpServletRequestBuilder form = post("/admin/agencies").with(csrf()).with(asAdmin());
        fields.forEach(form::param);

        assertThat(page(form, 400)).contains(message).contains("id=\"" + field + "-error\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM agency WHERE code LIKE 'XB%' OR code LIKE 'xb%' OR code = 'X'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aTakenCodeIsAConflictAndTheAgencyKeepsItsName() throws Exception {
        assertThat(page(add("XPV", "TINH", "COMMUNE", "Xã mạo danh", ""), 409)).contains("Mã cơ quan XPV đã có");
        assertThat(directory.get("XPV").nameVi()).isEqualTo("Ủy ban nhân dân xã Phước Vĩnh");
        assertThat(trail("AGENCY_ADDED", "XPV")).isEmpty();
    }

    private MockHttpServletRequestBuilder add(String code, String parent, String kind, String nameVi, String nameEn) {
        return post("/admin/agencies").param("code", code).param("parentCode", parent).param("kind", kind)
                .param("nameVi", nameVi).param("nameEn", nameEn).with(csrf()).with(asAdmin());
    }

    private RequestPostProcessor asAdmin() {
        return user(users.loadUserByUsername("admin"));
    }

    private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return http.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** "actor description" of the agency's records of one action, oldest first. */
    private List<String> trail(String action, String code) {
        return jdbc.sql("SELECT username || ' ' || detail FROM audit_record WHERE action = ? AND detail LIKE ? ORDER BY id")
                .params(action, "%" + code + "%").query(String.class).list();
    }
}
