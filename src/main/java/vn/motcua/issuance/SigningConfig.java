package vn.motcua.issuance;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.agency.Province;

/**
 * Chooses where signing keys come from: a PKCS#11 token when one is configured, else the demo
 * key stores when the demo profile names their folder. Neither: the application does not start,
 * as no result could be signed (docs/operators.md).
 */
@Configuration
@EnableConfigurationProperties(IssuanceProperties.class)
class SigningConfig {

    @Bean
    SigningKeys signingKeys(IssuanceProperties properties, Province province) {
        if (properties.pkcs11() != null && properties.pkcs11().config() != null) {
            return new Pkcs11Keys(properties.pkcs11());
        }
        IssuanceProperties.DemoKeys demo = properties.demoKeys();
        if (demo != null && demo.directory() != null && demo.password() != null) {
            return new DemoKeyStores(demo.directory(), demo.password(), province.name());
        }
        throw new IllegalStateException("No signing keys: set motcua.issuance.pkcs11.config (a PKCS#11 token, "
                + "production) or motcua.issuance.demo-keys.directory and .password (demo only); see docs/operators.md");
    }
}
