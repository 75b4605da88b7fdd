package vn.motcua.notice;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.motcua.delivery.DeliveryChannel;
import vn.motcua.delivery.DeliveryResult;
import vn.motcua.delivery.QueuedMessage;

/**
 * Sends email notices through the province's SMTP server ({@code spring.mail.*}). Until a host is
 * configured there is no mail sender and the notices wait in the outbox.
 */
@Component
class EmailNotices implements DeliveryChannel {

    private final ObjectProvider<JavaMailSender> mail;
    private final NoticeProperties properties;
    private final ObjectMapper json;

    EmailNotices(ObjectProvider<JavaMailSender> mail, NoticeProperties properties, ObjectMapper json) {
        this.mail = mail;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public String name() {
        return NoticeChannel.EMAIL.outboxName();
    }

    @Override
    public boolean ready() {
        return mail.getIfAvailable() != null;
    }

    @Override
    public DeliveryResult deliver(QueuedMessage queued) {
        JavaMailSender sender = mail.getObject();
        try {
            NoticeMessage notice = json.readValue(queued.payload(), NoticeMessage.class);
            MimeMessage email = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(email, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.mailFrom());
            helper.setTo(notice.to());
            helper.setSubject(notice.subject());
            helper.setText(notice.text());
            sender.send(email);
            return DeliveryResult.DELIVERED;
        } catch (MailSendException | MailAuthenticationException e) {
            // the server is down, busy or refused our login: try again later
            return DeliveryResult.retryLater(e.getMessage());
        } catch (MessagingException | MailException | java.io.IOException e) {
            // a malformed address or payload will not get better by waiting
            return DeliveryResult.rejected(e.getMessage());
        }
    }
}
