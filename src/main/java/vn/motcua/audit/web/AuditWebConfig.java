package vn.motcua.audit.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.motcua.audit.AuditLog;
import vn.motcua.audit.EngineDossiers;

@Configuration
class AuditWebConfig implements WebMvcConfigurer {

    private final AuditLog log;
    private final EngineDossiers engineDossiers;

    AuditWebConfig(AuditLog log, EngineDossiers engineDossiers) {
        this.log = log;
        this.engineDossiers = engineDossiers;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AuditInterceptor(log, engineDossiers)).excludePathPatterns("/camunda/**", "/engine-rest/**");
    }

    /** After Spring Security's filter chain (order -100), which has authenticated the administrator. */
    @Bean
    FilterRegistrationBean<EngineAdminAuditFilter> engineAdminAudit() {
        FilterRegistrationBean<EngineAdminAuditFilter> registration =
                new FilterRegistrationBean<>(new EngineAdminAuditFilter(log, engineDossiers));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(0);
        return registration;
    }
}
