package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen proves a dossier is theirs without an account: its code plus the applicant's phone
 * number (for the satisfaction rating). A wrong pair answers exactly like an unknown code.
 */
@Service
@Transactional(readOnly = true)
public class CitizenProofs {

    private final DossierStore store;

    CitizenProofs(DossierStore store) {
        this.store = store;
    }

    /** The dossier's status, when the phone number is the applicant's. */
    public Optional<DossierStatus> statusByPhone(String code, String phone) {
        if (code == null || phone == null || code.length() > 40 || phone.length() > 20) {
            return Optional.empty();
        }
        String given = phone.replaceAll("[ .-]", "");
        return store.find(code.trim())
                .filter(d -> d.applicant().phone() != null && MessageDigest.isEqual(
                        d.applicant().phone().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8)))
                .map(Dossier::status);
    }
}
