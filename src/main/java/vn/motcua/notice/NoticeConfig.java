package vn.motcua.notice;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SMS and Zalo gateways: one HTTP channel each, configured by {@code motcua.notice.sms/zalo}. */
@Configuration
@EnableConfigurationProperties(NoticeProperties.class)
class NoticeConfig {

    @Bean
    GatewayNotices smsNotices(NoticeProperties properties) {
        return new GatewayNotices(NoticeChannel.SMS, properties.sms());
    }

    @Bean
    GatewayNotices zaloNotices(NoticeProperties properties) {
        return new GatewayNotices(NoticeChannel.ZALO, properties.zalo());
    }
}
