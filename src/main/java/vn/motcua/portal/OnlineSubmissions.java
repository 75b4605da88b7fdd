package vn.motcua.portal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.document.DossierDocuments;
import vn.motcua.document.Upload;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.OnlineIntake;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.security.CurrentUser;

/** Dossiers filed on the portal with their files: all stored in one transaction, or nothing. */
@Service
public class OnlineSubmissions {

    private final OnlineIntake intake;
    private final DossierDocuments documents;
    private final ProcedureCatalog catalog;

    OnlineSubmissions(OnlineIntake intake, DossierDocuments documents, ProcedureCatalog catalog) {
        this.intake = intake;
        this.documents = documents;
        this.catalog = catalog;
    }

    /** The procedures a citizen may file online ("toàn trình" or "một phần"). */
    public List<Procedure> offered() {
        return catalog.all().stream().filter(Procedure::offeredOnline).toList();
    }

    @Transactional
    public Dossier submit(IntakeRequest request, List<Upload> uploads) {
        documents.check(uploads);
        Dossier dossier = intake.submit(request);
        documents.attach(dossier.code(), uploads, CurrentUser.CITIZEN);
        return dossier;
    }
}
