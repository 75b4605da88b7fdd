package vn.motcua.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/** Two clerks printing a receipt for the first time at the same moment get one document, the same file. */
@DatabaseTest
@AutoConfigureMockMvc
class FirstPrintingRaceTest {

    @Autowired MockMvc http;
    @Autowired DossierIntake intake;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void twoFirstPrintingsAtOnceKeepOneIssuedDocument() throws Exception {
        signIn.as("reception");
        String code = intake.receive(Applicants.atDesk("1.001193")).code();
        signIn.out();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clerks = Executors.newFixedThreadPool(2);
        try {
            Future<byte[]> first = clerks.submit(() -> print(code, "reception", start));
            Future<byte[]> second = clerks.submit(() -> print(code, "leader", start));
            start.countDown();

            assertThat(first.get(2, TimeUnit.MINUTES)).isEqualTo(second.get(2, TimeUnit.MINUTES));
        } finally {
            clerks.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM issued_document WHERE dossier_code = ? AND kind = '01'")
                .param(code).query(Integer.class).single()).isEqualTo(1);
    }

    private byte[] print(String code, String clerk, CountDownLatch start) throws Exception {
        start.await();
        return http.perform(get("/api/dossiers/{code}/forms/01.pdf", code).with(httpBasic(clerk, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }
}
