package vn.motcua.notice;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import vn.motcua.delivery.Outbox;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChanged;

/**
 * Queues the applicant's notices of a dossier change, one per channel their contact details
 * allow (an email address: email; a phone number: SMS, and Zalo where a Zalo gateway is set up).
 * A plain synchronous listener on purpose: the notices are written in the transaction of the
 * change, so they exist exactly when it committed; sending is the outbox sender's work, later.
 */
@Component
class CitizenNotices {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final Outbox outbox;
    private final NoticeTemplates templates;
    private final NoticeProperties properties;
    private final ObjectMapper json;

    CitizenNotices(Outbox outbox, NoticeTemplates templates, NoticeProperties properties, ObjectMapper json) {
        this.outbox = outbox;
        this.templates = templates;
        this.properties = properties;
        this.json = json;
    }

    @EventListener
    void on(DossierChanged change) {
        NoticeKind.of(change.transition().action()).ifPresent(kind -> {
            Dossier dossier = change.dossier();
            Map<String, String> values = values(dossier, change.transition().note());
            for (NoticeChannel channel : channels(dossier.applicant())) {
                queue(dossier.code(), kind, channel, message(kind, channel, dossier.applicant(), values));
            }
        });
    }

    private List<NoticeChannel> channels(Applicant applicant) {
        List<NoticeChannel> channels = new ArrayList<>();
        if (present(applicant.email())) {
            channels.add(NoticeChannel.EMAIL);
        }
        if (present(applicant.phone())) {
            channels.add(NoticeChannel.SMS);
            if (properties.zalo().configured()) {
                channels.add(NoticeChannel.ZALO);
            }
        }
        return channels;
    }

    private NoticeMessage message(NoticeKind kind, NoticeChannel channel, Applicant applicant,
                                  Map<String, String> values) {
        String text = templates.render(kind, channel, values);
        return switch (channel) {
            case EMAIL -> {
                // an email template's first line is the subject, the rest the body
                int lineEnd = text.indexOf('\n');
                yield new NoticeMessage(applicant.email().strip(), text.substring(0, lineEnd).strip(),
                        text.substring(lineEnd + 1).strip(), null, null);
            }
            case SMS -> new NoticeMessage(applicant.phone().strip(), null, text, null, null);
            // Zalo ZNS sends only templates registered with Zalo: the file names that template
            case ZALO -> new NoticeMessage(applicant.phone().strip(), null, null, text, values);
        };
    }

    private Map<String, String> values(Dossier dossier, String note) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("code", dossier.code());
        values.put("name", dossier.applicant().fullName());
        values.put("procedure", dossier.procedureCode());
        values.put("dueDate", dossier.appointmentAt() == null ? "" : DATE_TIME.format(dossier.appointmentAt()));
        values.put("note", note == null ? "" : note);
        values.put("lookupLink", UriComponentsBuilder.fromUriString(properties.publicUrl()).path("/portal")
                .queryParam("code", dossier.code()).build().encode().toUriString());
        return values;
    }

    private void queue(String dossierCode, NoticeKind kind, NoticeChannel channel, NoticeMessage message) {
        try {
            outbox.enqueue(channel.outboxName(), dossierCode, kind.name(), json.writeValueAsString(message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the notice of " + dossierCode, e);
        }
    }

    private static boolean present(String contact) {
        return contact != null && !contact.isBlank();
    }
}
