package vn.motcua.audit.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.motcua.audit.AuditLog;

@Configuration
class AuditWebConfig implements WebMvcConfigurer {

    private final AuditLog log;

    AuditWebConfig(AuditLog log) {
        this.log = log;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AuditInterceptor(log)).excludePathPatterns("/camunda/**", "/engine-rest/**");
    }
}
