package vn.motcua.notice;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Citizens' notices ({@code motcua.notice}): the public address the lookup links in notices point
 * to, a folder of templates an administrator edited (each file found there replaces the default
 * on the classpath), the sender of emails, and the SMS and Zalo gateways (a channel without a URL
 * keeps its notices waiting in the outbox).
 */
@ConfigurationProperties("motcua.notice")
record NoticeProperties(@DefaultValue("http://localhost:8080") String publicUrl, Path templatesFolder,
                        @DefaultValue("no-reply@motcua.local") String mailFrom, @DefaultValue Gateway sms,
                        @DefaultValue Gateway zalo) {

    /** An HTTP gateway: where to post and the token it expects (sent as a bearer token). */
    record Gateway(URI url, String token) {
        boolean configured() {
            return url != null;
        }
    }
}
