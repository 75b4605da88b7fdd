package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/** An online submission waits in status 1 until its desk accepts it; only then does it run. */
@DatabaseTest
@AutoConfigureMockMvc
class OnlineAcceptanceTest {

    @Autowired OnlineIntake online;
    @Autowired DossierActions actions;
    @Autowired ClerkTasks tasks;
    @Autowired SignIn signIn;
    @Autowired ProvinceClock clock;
    @Autowired MockMvc http;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void theDeskAcceptsTheSubmissionAndItsProcessStartsWithFormOneIssued() throws Exception {
        clock.setFixed(LocalDateTime.of(2027, 2, 3, 20, 15)); // Wednesday evening, after hours
        Dossier submitted = online.submit(new IntakeRequest("1.001612", Channel.ONLINE, Applicants.NGUYEN_VAN_AN, "XPV"));
        assertThat(submitted.status()).isEqualTo(DossierStatus.NEW);
        assertThat(submitted.processInstanceId()).isNull();
        http.perform(get("/api/dossiers/" + submitted.code() + "/forms/01.pdf").with(httpBasic("reception", "demo")))
                .andExpect(status().isNotFound());

        clock.setFixed(LocalDateTime.of(2027, 2, 4, 8, 0));
        http.perform(post("/api/dossiers/" + submitted.code() + "/accept").with(httpBasic("reception2", "demo")))
                .andExpect(status().isNotFound());
        http.perform(post("/api/dossiers/" + submitted.code() + "/accept").with(httpBasic("reception", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status.code").value(2))
                // counted from the next working morning after the submission (Tết 2027 in between), not from acceptance
                .andExpect(jsonPath("$.dueAt").value("2027-02-15T17:00:00"));

        signIn.as("specialist");
        assertThat(tasks.openTasksOf(submitted.code())).hasSize(1);
        http.perform(get("/api/dossiers/" + submitted.code() + "/forms/01.pdf").with(httpBasic("reception", "demo")))
                .andExpect(status().isOk());

        signIn.as("reception");
        assertThatThrownBy(() -> actions.acceptOnline(submitted.code()))
                .as("accepted once").isInstanceOf(ConflictException.class);
    }
}
