package vn.motcua.nationalportal.inbound;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An online dossier as the national portal delivers it: the one place where the message's field
 * names live. The portal's API for handing dossiers to a province is not public (see
 * docs/national-portal-inbound.md); the names follow its {@code DongBoHoSoMC} packet (QCVN
 * 120:2019) where one exists, so correcting them to the official text changes this file only.
 * Every value arrives as text, so that a wrong one is refused naming its field.
 */
record PortalDossier(
        /** The portal's own dossier id: a delivery repeated with it creates nothing new. */
        @JsonProperty(PORTAL_DOSSIER_ID) String portalDossierId,
        /** The national procedure code (mã TTHC), which is our catalogue's code. */
        @JsonProperty(PROCEDURE_CODE) String procedureCode,
        /** The receiving agency the portal routed the dossier to, by our agency code. */
        @JsonProperty(AGENCY_CODE) String agencyCode,
        /** When the citizen submitted on the portal, {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh. */
        @JsonProperty(SUBMITTED_AT) String submittedAt,
        @JsonProperty(APPLICANT_NAME) String applicantName,
        @JsonProperty(APPLICANT_ID_NUMBER) String applicantIdNumber,
        @JsonProperty(APPLICANT_PHONE) String applicantPhone,
        @JsonProperty(APPLICANT_EMAIL) String applicantEmail,
        @JsonProperty(APPLICANT_ADDRESS) String applicantAddress,
        @JsonProperty(DOCUMENTS) List<Document> documents) {

    static final String PORTAL_DOSSIER_ID = "MaHoSo";
    static final String PROCEDURE_CODE = "MaTTHC";
    static final String AGENCY_CODE = "MaDonViTiepNhan";
    static final String SUBMITTED_AT = "NgayNopHoSo";
    static final String APPLICANT_NAME = "ChuHoSo";
    static final String APPLICANT_ID_NUMBER = "SoGiayToChuHoSo";
    static final String APPLICANT_PHONE = "SoDienThoai";
    static final String APPLICANT_EMAIL = "Email";
    static final String APPLICANT_ADDRESS = "DiaChiChuHoSo";
    static final String DOCUMENTS = "TaiLieuNop";

    /**
     * One file: the checklist item it answers (1 = the procedure's first required document), its
     * name and its content in base64.
     */
    record Document(@JsonProperty(Document.POSITION) String position, @JsonProperty(Document.NAME) String name,
                    @JsonProperty(Document.CONTENT) String content) {
        static final String POSITION = "ViTriThanhPhan";
        static final String NAME = "TenTepDinhKem";
        static final String CONTENT = "NoiDungBase64";
    }

    /** Our intake's field names, as the refusals of the dossier module name them, and theirs in this message. */
    private static final Map<String, String> FIELDS = Map.of(
            "procedureCode", PROCEDURE_CODE,
            "agencyCode", AGENCY_CODE,
            "applicant", APPLICANT_NAME,
            "applicant.fullName", APPLICANT_NAME,
            "applicant.idNumber", APPLICANT_ID_NUMBER,
            "applicant.phone", APPLICANT_PHONE,
            "applicant.email", APPLICANT_EMAIL,
            "applicant.address", APPLICANT_ADDRESS,
            "documents", DOCUMENTS);

    /**
     * The message's name for a field our intake refused. A single file's refusal never reaches
     * here: each file is checked on its own first, under its own name ({@link #documentField}).
     */
    static String fieldOf(String ourField) {
        return ourField == null ? null : FIELDS.getOrDefault(ourField, ourField);
    }

    /** The name of a field of the i-th document (from 0), as a refusal names it. */
    static String documentField(int index, String field) {
        return DOCUMENTS + "[" + index + "]" + (field == null ? "" : "." + field);
    }
}
