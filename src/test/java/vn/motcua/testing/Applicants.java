package vn.motcua.testing;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.IntakeRequest;

/** Realistic applicants for tests. */
public final class Applicants {

    public static final Applicant NGUYEN_VAN_AN = new Applicant("Nguyễn Văn An", "079201012345", "0912345678",
            "an.nguyen@example.vn", "Thôn Phước Lộc, xã Phước Vĩnh");

    private Applicants() {
    }

    public static IntakeRequest atDesk(String procedureCode) {
        return new IntakeRequest(procedureCode, Channel.DESK, NGUYEN_VAN_AN, null);
    }
}
