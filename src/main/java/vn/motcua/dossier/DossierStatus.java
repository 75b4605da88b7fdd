package vn.motcua.dossier;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** The national dossier status catalogue (codes and Vietnamese labels as used nationwide). */
public enum DossierStatus {
    NEW(1, "Mới đăng ký", "Newly submitted"),
    RECEIVED(2, "Được tiếp nhận", "Received"),
    NOT_ACCEPTED(3, "Không được tiếp nhận", "Not accepted"),
    PROCESSING(4, "Đang xử lý", "Processing"),
    SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung", "Supplement requested"),
    FINANCIAL_OBLIGATION(6, "Yêu cầu thực hiện nghĩa vụ tài chính", "Financial obligation requested"),
    WITHDRAWN(7, "Công dân rút hồ sơ", "Withdrawn by the citizen"),
    STOPPED(8, "Dừng xử lý", "Processing stopped"),
    RESOLVED(9, "Đã xử lý xong", "Resolved"),
    RESULT_RETURNED(10, "Đã trả kết quả", "Result returned");

    /** Statuses in which the dossier is still being worked on (the clock may be running). */
    public static final Set<DossierStatus> PENDING = Set.of(RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED,
            FINANCIAL_OBLIGATION);

    private final int code;
    private final String labelVi;
    private final String labelEn;

    DossierStatus(int code, String labelVi, String labelEn) {
        this.code = code;
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public int code() {
        return code;
    }

    public String labelVi() {
        return labelVi;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelVi;
    }

    /** Being processed: the process runs and the dossier's clock may be running. */
    public boolean isPending() {
        return PENDING.contains(this);
    }

    /** Resolved, returned or closed (not accepted, withdrawn, stopped): it has a resolution or closing date. */
    public boolean isFinished() {
        return this != NEW && !isPending();
    }

    public static DossierStatus of(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No dossier status " + code));
    }
}
