package vn.motcua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** The sealing keys: none in production unless an operator gives one, rotation keeps old seals verifiable. */
class SealKeysTest {

    private static final String KEY_2026 = "k2026:" + Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_2027 = "k2027:" + Base64.getEncoder().encodeToString("x".repeat(32).getBytes());

    @Test
    void productionHasNoKeyOfItsOwnAndDoesNotStartWithout() {
        assertThat(configuredKeys("postgres")).isEmpty();
        assertThat(configuredKeys("demo")).startsWith("demo:");
        assertThatThrownBy(() -> new SealKeys(configuredKeys("postgres")))
                .hasMessageContaining("MOTCUA_AUDIT_SEAL_KEYS");
    }

    @Test
    void aShortOrMalformedKeyIsRefusedAtStart() {
        assertThatThrownBy(() -> new SealKeys("short:" + Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("'short'");
        assertThatThrownBy(() -> new SealKeys("nokey")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SealKeys(KEY_2026 + "," + KEY_2026)).hasMessageContaining("unique");
    }

    @Test
    void afterARotationTheNewKeySealsAndTheOldOneStillVerifies() {
        SealKeys before = new SealKeys(KEY_2026);
        SealKeys after = new SealKeys(KEY_2026 + ", " + KEY_2027);

        assertThat(after.currentId()).isEqualTo("k2027");
        assertThat(after.mac("k2026", "record")).isEqualTo(before.mac("k2026", "record"));
        assertThat(after.mac("k2027", "record")).isNotEqualTo(after.mac("k2026", "record"));
        assertThat(after.mac("retired-elsewhere", "record")).isEmpty();
    }

    /** The key the shipped configuration gives a profile, as Spring Boot reads application.yml. */
    private static String configuredKeys(String profile) {
        SpringApplication application = new SpringApplication(Nothing.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setAdditionalProfiles(profile);
        try (ConfigurableApplicationContext context = application.run("--spring.main.banner-mode=off",
                "--logging.level.root=WARN")) {
            return context.getEnvironment().getProperty("motcua.audit.seal-keys", "");
        }
    }

    @Configuration
    static class Nothing {
    }
}
