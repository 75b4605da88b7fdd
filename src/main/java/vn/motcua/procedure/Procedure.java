package vn.motcua.procedure;

import java.util.List;

import vn.motcua.agency.AgencyKind;
import vn.motcua.shared.LocalizedText;

/** An administrative procedure of the catalogue, with its deployed versions (oldest first). */
public record Procedure(String code, String processKey, LocalizedText name, LocalizedText field,
                        LocalizedText responsibleAgency, AgencyKind receivingLevel, OnlineLevel onlineLevel,
                        long feeVnd, LocalizedText feeNote, List<LocalizedText> requiredDocuments,
                        List<ProcedureVersion> versions) {

    public Procedure {
        requiredDocuments = List.copyOf(requiredDocuments);
        versions = List.copyOf(versions);
    }

    /** The version new dossiers start on: the newest deployed one. */
    public ProcedureVersion currentVersion() {
        return versions.get(versions.size() - 1);
    }

    public boolean offeredOnline() {
        return onlineLevel != OnlineLevel.NONE;
    }
}
