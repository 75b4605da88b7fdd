package vn.motcua.dossier;

/** The citizen or organisation applying. The ID number is also their proof at the public lookup. */
public record Applicant(String fullName, String idNumber, String phone, String email, String address) {
}
