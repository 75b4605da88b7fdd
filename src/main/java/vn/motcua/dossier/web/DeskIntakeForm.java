package vn.motcua.dossier.web;

import java.util.List;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.shared.InvalidInputException;

/**
 * The desk's receipt form as posted. Every field is text so that any input binds and the
 * intake service alone decides what is valid. The ticked documents are the clerk's checklist
 * while checking the papers; they are not stored.
 */
public record DeskIntakeForm(String procedureCode, String channel, String fullName, String idNumber, String phone,
                             String email, String address, List<String> documents) {

    static final DeskIntakeForm EMPTY = new DeskIntakeForm(null, Channel.DESK.name(), null, null, null, null, null,
            List.of());

    public DeskIntakeForm {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    IntakeRequest toRequest() {
        return new IntakeRequest(procedureCode, channelOrNull(),
                new Applicant(fullName, idNumber, phone, email, address), null);
    }

    private Channel channelOrNull() {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        try {
            return Channel.valueOf(channel);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("channel", "error.field.malformed", "channel");
        }
    }
}
