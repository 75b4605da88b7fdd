package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.audit.AuditLog;
import vn.motcua.audit.AuditQuery;
import vn.motcua.audit.AuditRecord;
import vn.motcua.testing.DatabaseTest;

/** The administrator's calendar page: the year view, refused input, and the audit record of an edit. */
@DatabaseTest
@AutoConfigureMockMvc
class CalendarPagesTest {

    @Autowired MockMvc http;
    @Autowired UserDetailsService users;
    @Autowired WorkingCalendar calendar;
    @Autowired AuditLog audit;

    @Test
    void theYearShowsHolidaysWithLunarDatesAndTheShippedArrangementsWithTheirBasis() throws Exception {
        http.perform(as("admin", get("/admin/calendar").param("year", "2024")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lịch làm việc năm 2024")))
                .andExpect(content().string(containsString("10/3 âm lịch")))
                .andExpect(content().string(containsString("Công văn 2450/VPCP-KGVX")))
                .andExpect(content().string(containsString("Ngày làm việc (làm bù)")));
        http.perform(as("admin", get("/admin/calendar").param("year", "2024").param("lang", "en")))
                .andExpect(content().string(containsString("Working calendar 2024")))
                .andExpect(content().string(containsString("10/3 (lunar)")));
    }

    @Test
    void onlyAnAdministratorReachesThePage() throws Exception {
        http.perform(as("reception", get("/admin/calendar"))).andExpect(status().isForbidden());
        http.perform(as("auditor", post("/admin/calendar/overrides").param("date", "2027-12-24")
                .param("kind", "DAY_OFF").param("nameVi", "x").param("nameEn", "x").param("legalBasis", "x")))
                .andExpect(status().isForbidden());
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 24))).isTrue();
    }

    @Test
    void badInputIsRefusedNamingTheFieldInWordsAndNothingIsStored() throws Exception {
        http.perform(as("admin", saving("2027-12-23", "DAY_OFF", "Nghỉ thêm", "Extra day off", " ")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(
                        "Cần nhập Căn cứ pháp lý (số quyết định, thông báo)")));
        http.perform(as("admin", saving("2027-02-30", "DAY_OFF", "Nghỉ thêm", "Extra day off", "QĐ 9/TEST")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ngày phải là một ngày có thật")));
        http.perform(as("admin", saving("2027-12-23", "HOLIDAY", "Nghỉ thêm", "Extra day off", "QĐ 9/TEST")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(
                        "Loại ngày phải là ngày nghỉ hoặc ngày làm việc")));
        http.perform(as("admin", saving("2027-12-23", "DAY_OFF", "", "Extra day off", "QĐ 9/TEST").param("lang", "en")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Name (Vietnamese) is required")));
        http.perform(as("admin", get("/admin/calendar").param("receivedAt", "2027-12-23T10:00")
                        .param("workingDays", "400")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Số ngày làm việc phải từ 0 đến 365")));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 23))).isTrue();
        assertThat(calendarRecords()).isEmpty();
    }

    @Test
    void anEditIsAuditedInWordsWithItsDayAndLegalBasis() throws Exception {
        http.perform(as("admin", saving("2027-12-31", "DAY_OFF", "Nghỉ cuối năm", "Year-end day off",
                        "Quyết định 77/QĐ-TEST")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/calendar?year=2027"))
                .andExpect(flash().attribute("saved", LocalDate.of(2027, 12, 31)));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 31))).isFalse();
        http.perform(as("admin", post("/admin/calendar/overrides/2027-12-31/remove")))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 31))).isTrue();

        List<AuditRecord> records = calendarRecords();
        assertThat(records).extracting(AuditRecord::username).containsOnly("admin");
        assertThat(records).extracting(AuditRecord::action)
                .containsExactly("CALENDAR_OVERRIDE_ADDED", "CALENDAR_OVERRIDE_REMOVED");
        assertThat(records.get(0).detail())
                .isEqualTo("Thêm ngày nghỉ 31/12/2027 «Nghỉ cuối năm»; căn cứ: Quyết định 77/QĐ-TEST");
        assertThat(records.get(1).detail()).startsWith("Xoá ngày nghỉ 31/12/2027").contains("Quyết định 77/QĐ-TEST");
    }

    private List<AuditRecord> calendarRecords() {
        return audit.find(new AuditQuery(null, "admin", null, null), 0).stream()
                .filter(r -> r.action().startsWith("CALENDAR_OVERRIDE_") && r.detail().contains("/12/2027")).toList();
    }

    private static MockHttpServletRequestBuilder saving(String date, String kind, String nameVi, String nameEn,
                                                        String legalBasis) {
        return post("/admin/calendar/overrides").param("date", date).param("kind", kind).param("nameVi", nameVi)
                .param("nameEn", nameEn).param("legalBasis", legalBasis).param("year", "2027");
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user(users.loadUserByUsername(username)));
    }
}
