package vn.motcua.notice;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import vn.motcua.delivery.Outbox;
import vn.motcua.dossier.Dossiers;

/** The notices a dossier's applicant was sent, for the staff who may see the dossier. */
@Service
public class DossierNotices {

    private final Outbox outbox;
    private final Dossiers dossiers;

    DossierNotices(Outbox outbox, Dossiers dossiers) {
        this.outbox = outbox;
        this.dossiers = dossiers;
    }

    /** Every notice of the dossier, oldest first; refused like the dossier itself to those who may not see it. */
    public List<SentNotice> of(String dossierCode) {
        String code = dossiers.get(dossierCode).code();
        return Stream.of(NoticeChannel.values())
                .flatMap(channel -> outbox.messagesOf(channel.outboxName(), code).stream()
                        .map(m -> new SentNotice(NoticeKind.valueOf(m.kind()), channel, m.createdAt(), m.status(),
                                m.sentAt(), m.attempts())))
                .sorted(Comparator.comparing(SentNotice::queuedAt))
                .toList();
    }
}
