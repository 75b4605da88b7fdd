package vn.motcua.nationalportal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the portal's adapter is and how we sign in ({@code motcua.national-portal.*}). The
 * credentials come from the environment ({@code MOTCUA_NATIONAL_PORTAL_USERNAME},
 * {@code MOTCUA_NATIONAL_PORTAL_PASSWORD}), never from the repository. Without a URL nothing is
 * sent and the outbox keeps every message for later.
 *
 * @param url                 the adapter's base address, e.g. {@code https://adapter.dichvucong.gov.vn}
 * @param authPath            the session login, relative to {@code url}
 * @param servicePath         the service calls (DongBoHoSoMC, CapNhatTienDoHoSoMC), relative to {@code url}
 * @param sessionLifetime     how long a session is used before signing in again (earlier if the portal refuses it)
 * @param transientErrorCodes the portal's error codes that mean "try again later"; any other refusal parks the message
 */
@ConfigurationProperties("motcua.national-portal")
record NationalPortalProperties(String url, @DefaultValue("/auth") String authPath,
                                @DefaultValue("/service") String servicePath, String username, String password,
                                @DefaultValue("PT5S") Duration connectTimeout,
                                @DefaultValue("PT20S") Duration readTimeout,
                                @DefaultValue("PT30M") Duration sessionLifetime,
                                @DefaultValue({}) List<String> transientErrorCodes) {

    boolean configured() {
        return url != null && !url.isBlank() && username != null && !username.isBlank();
    }
}
