package vn.motcua.nationalportal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NationalPortalProperties.class)
class NationalPortalConfig {
}
