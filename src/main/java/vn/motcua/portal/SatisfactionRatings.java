package vn.motcua.portal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.CitizenProofs;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InputRules;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.ProvinceClock;

/**
 * Citizens rate a dossier whose result they received, once, proving it theirs with its code
 * and the applicant's phone number. A wrong pair is refused like an unknown code.
 */
@Service
public class SatisfactionRatings {

    private static final int COMMENT_LENGTH = 1000;

    private final CitizenProofs proofs;
    private final JdbcClient jdbc;
    private final ProvinceClock clock;
    private final ApplicationEventPublisher events;

    SatisfactionRatings(CitizenProofs proofs, JdbcClient jdbc, ProvinceClock clock, ApplicationEventPublisher events) {
        this.proofs = proofs;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Records the rating. Scores arrive as the form sent them (text); each is checked.
     *
     * @throws NotFoundException  the code and phone number do not match a dossier
     * @throws ConflictException  the result was not returned yet, or the dossier is rated already
     */
    @Transactional
    public void rate(String code, String phone, Map<SatisfactionCriterion, String> scores, String comment) {
        Map<SatisfactionCriterion, Integer> checked = checkedScores(scores);
        String remark = InputRules.optional(comment, "comment", COMMENT_LENGTH);
        DossierStatus status = proofs.statusByPhone(code, phone)
                .orElseThrow(() -> new NotFoundException("code", "error.rating.proofMismatch"));
        if (status != DossierStatus.RESULT_RETURNED) {
            throw new ConflictException("code", "error.rating.notReturned");
        }
        if (isRated(code.trim())) {
            throw new ConflictException("code", "error.rating.alreadyRated");
        }
        List<Object> values = new ArrayList<>();
        values.add(code.trim());
        Arrays.stream(SatisfactionCriterion.values()).forEach(criterion -> values.add(checked.get(criterion)));
        values.add(remark);
        LocalDateTime ratedAt = clock.now();
        values.add(ratedAt);
        String columns = Arrays.stream(SatisfactionCriterion.values()).map(SatisfactionCriterion::column)
                .collect(Collectors.joining(", "));
        try {
            jdbc.sql("INSERT INTO satisfaction_rating (dossier_code, " + columns + ", comment, rated_at) VALUES ("
                            + "?, ".repeat(values.size() - 1) + "?)")
                    .params(values).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("code", "error.rating.alreadyRated");
        }
        events.publishEvent(new DossierRated(code.trim(), checked, remark, ratedAt));
    }

    /** The ratings given from {@code start} (included) to {@code end} (excluded), for the reports. */
    public SatisfactionSummary summary(LocalDateTime start, LocalDateTime end) {
        String ninePoints = SatisfactionCriterion.NINE.stream().map(SatisfactionCriterion::column)
                .collect(Collectors.joining(" + "));
        return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(" + ninePoints + "), 0) FROM satisfaction_rating "
                        + "WHERE rated_at >= ? AND rated_at < ?")
                .params(start, end).query((rs, row) -> new SatisfactionSummary(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    private boolean isRated(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM satisfaction_rating WHERE dossier_code = ?").param(code)
                .query(Integer.class).single() > 0;
    }

    private static Map<SatisfactionCriterion, Integer> checkedScores(Map<SatisfactionCriterion, String> scores) {
        Map<SatisfactionCriterion, Integer> checked = new EnumMap<>(SatisfactionCriterion.class);
        for (SatisfactionCriterion criterion : SatisfactionCriterion.values()) {
            String value = InputRules.required(scores.get(criterion), criterion.column(), 1);
            if (!value.matches("[0-" + SatisfactionCriterion.MAX_SCORE + "]")) {
                throw new InvalidInputException(criterion.column(), "error.field.malformed", criterion.column());
            }
            checked.put(criterion, Integer.parseInt(value));
        }
        return checked;
    }
}
