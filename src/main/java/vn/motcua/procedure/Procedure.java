package vn.motcua.procedure;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.motcua.agency.AgencyKind;
import vn.motcua.shared.LocalizedText;

/**
 * An administrative procedure of the catalogue, with its deployed versions (oldest first). A procedure
 * that charges ({@code feeVnd > 0}) names the fee's code and the beneficiary account it is paid into;
 * a free one has neither (null).
 */
public record Procedure(String code, String processKey, LocalizedText name, LocalizedText field,
                        LocalizedText responsibleAgency, AgencyKind receivingLevel, OnlineLevel onlineLevel,
                        long feeVnd, LocalizedText feeNote, String feeCode, String feeAccount,
                        List<LocalizedText> requiredDocuments,
                        List<ProcedureVersion> versions) {

    public Procedure {
        requiredDocuments = List.copyOf(requiredDocuments);
        versions = List.copyOf(versions);
    }

    /**
     * The version whose rules are in force on a day: the one that entered into force last
     * (the newest deployed among equals). Dossiers received that day start on it.
     */
    public Optional<ProcedureVersion> versionInForce(LocalDate day) {
        return versions.stream().filter(v -> !v.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(ProcedureVersion::effectiveFrom).thenComparing(ProcedureVersion::version));
    }

    public boolean chargesFee() {
        return feeVnd > 0;
    }

    public boolean offeredOnline() {
        return onlineLevel != OnlineLevel.NONE;
    }
}
