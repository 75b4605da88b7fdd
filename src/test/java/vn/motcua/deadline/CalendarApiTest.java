package vn.motcua.deadline;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.testing.DatabaseTest;

/** The calendar API: due dates, a year's holidays, the administrator's overrides. */
@DatabaseTest
@AutoConfigureMockMvc
class CalendarApiTest {

    @Autowired MockMvc http;

    @Test
    void aDueDateSkipsTheAprilAndMayHolidaysAndTheWeekend() throws Exception {
        http.perform(get("/api/calendar/due-date").param("receivedAt", "2026-04-29T10:00").param("workingDays", "3")
                        .with(httpBasic("reception", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receivedAt").value("2026-04-29T10:00:00"))
                .andExpect(jsonPath("$.countFrom").value("2026-04-29T10:00:00"))
                .andExpect(jsonPath("$.dueAt").value("2026-05-06T10:00:00"));
        http.perform(get("/api/calendar/due-date").param("receivedAt", "2026-04-29T10:00").param("procedure", "1.001612")
                        .with(httpBasic("reception", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.dueAt").value("2026-05-06T10:00:00"));
        http.perform(get("/api/calendar/due-date").param("receivedAt", "2026-04-29T16:00").param("procedure", "1.001193")
                        .with(httpBasic("reception", "demo")))
                .andExpect(jsonPath("$.dueAt").value("2026-05-04T17:00:00"));
    }

    @Test
    void badDueDateRequestsNameTheField() throws Exception {
        expectRefused(get("/api/calendar/due-date").param("receivedAt", "2026-04-29T10:00").param("workingDays", "-1"),
                400, "workingDays");
        expectRefused(get("/api/calendar/due-date").param("receivedAt", "29/04/2026").param("workingDays", "3"),
                400, "receivedAt");
        expectRefused(get("/api/calendar/due-date").param("receivedAt", "2026-04-29T10:00"), 400, "workingDays");
        expectRefused(get("/api/calendar/due-date").param("receivedAt", "2026-04-29T10:00").param("workingDays", "x"),
                400, "workingDays");
        expectRefused(get("/api/calendar/due-date").param("receivedAt", "2026-04-29T10:00").param("procedure", "9.99"),
                404, "procedure");
        expectRefused(get("/api/calendar/due-date").param("workingDays", "3"), 400, "receivedAt");
        expectRefused(get("/api/calendar/due-date").param("receivedAt", "2300-01-01T10:00").param("workingDays", "3"),
                400, "receivedAt");
        // the count would run past the last year the calendar knows
        expectRefused(get("/api/calendar/due-date").param("receivedAt", "2099-12-31T10:00").param("workingDays", "365"),
                400, "workingDays");
    }

    @Test
    void aYearListsHolidaysOnWeekendsCompensationsAndLunarDates() throws Exception {
        http.perform(get("/api/calendar/2026").with(httpBasic("specialist", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.holidayRules").value("Bộ luật Lao động 2019 (45/2019/QH14), Điều 112"))
                .andExpect(jsonPath("$.days[?(@.date == '2026-02-17')].lunarDate").value("1/1"))
                .andExpect(jsonPath("$.days[?(@.date == '2026-02-17')].name").value("Tết Nguyên đán"))
                .andExpect(jsonPath("$.days[?(@.date == '2026-04-26')].lunarDate").value("10/3"))
                .andExpect(jsonPath("$.days[?(@.date == '2026-04-26')].kind").value("PUBLIC_HOLIDAY"))
                .andExpect(jsonPath("$.days[?(@.date == '2026-04-27')].kind").value("COMPENSATION"));
        http.perform(get("/api/calendar/2026").param("lang", "en").with(httpBasic("specialist", "demo")))
                .andExpect(jsonPath("$.days[?(@.date == '2026-09-02')].name").value("National Day"));
        expectRefused(get("/api/calendar/1850"), 400, "year");
    }

    @Test
    void onlyAnAdministratorSetsAYearsOverrides() throws Exception {
        String body = """
                {"overrides": [
                  {"date": "2027-01-02", "kind": "WORKING_DAY", "nameVi": "Làm bù", "nameEn": "Make-up working day",
                   "legalBasis": "Quyết định 1/TEST"},
                  {"date": "2027-02-12", "kind": "DAY_OFF", "nameVi": "Nghỉ Tết (hoán đổi)", "nameEn": "Tết swap",
                   "legalBasis": "Quyết định 1/TEST"}]}""";
        http.perform(put("/api/calendar/2027").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic("reception", "demo")))
                .andExpect(status().isForbidden());
        http.perform(put("/api/calendar/2027").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days[?(@.date == '2027-01-02')].kind").value("WORKING_DAY"))
                .andExpect(jsonPath("$.days[?(@.date == '2027-02-12')].kind").value("DAY_OFF"));
        http.perform(put("/api/calendar/2027").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"overrides\": [{\"date\": \"2028-01-03\", \"kind\": \"DAY_OFF\", \"nameVi\": \"x\", \"nameEn\": \"x\", \"legalBasis\": \"x\"}]}")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("overrides[0].date"));
        http.perform(get("/api/calendar/2027").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.days[?(@.date == '2027-02-12')].kind").value("DAY_OFF"));
        // 1 January 2027 is a holiday; Saturday 2 January now counts as a working day
        http.perform(get("/api/calendar/due-date").param("receivedAt", "2027-01-01T16:00").param("workingDays", "1")
                        .with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.countFrom").value("2027-01-02T07:00:00"))
                .andExpect(jsonPath("$.dueAt").value("2027-01-02T17:00:00"));
    }

    @Test
    void anOverrideWithoutItsLegalBasisIsRefusedAndTheShippedOnesShowTheirs() throws Exception {
        http.perform(put("/api/calendar/2028").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"overrides\": [{\"date\": \"2028-03-07\", \"kind\": \"DAY_OFF\", \"nameVi\": \"Nghỉ\", \"nameEn\": \"Off\"}]}")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("overrides[0].legalBasis"))
                .andExpect(jsonPath("$.error").value("Cần nhập Căn cứ pháp lý (số quyết định, thông báo)"));
        http.perform(get("/api/calendar/2028").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.days[?(@.date == '2028-03-07')]").isEmpty());
        http.perform(get("/api/calendar/2024").with(httpBasic("specialist", "demo")))
                .andExpect(jsonPath("$.days[?(@.date == '2024-05-04')].kind").value("WORKING_DAY"))
                .andExpect(jsonPath("$.days[?(@.date == '2024-05-04')].legalBasis")
                        .value("Công văn 2450/VPCP-KGVX ngày 12/4/2024 (hoán đổi ngày làm việc dịp 30/4 – 1/5/2024)"));
    }

    private void expectRefused(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               int status, String field) throws Exception {
        http.perform(request.with(httpBasic("reception", "demo")))
                .andExpect(status().is(status)).andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.error").isNotEmpty());
    }
}
