package vn.motcua.audit.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.audit.AuditChain;
import vn.motcua.audit.AuditLog;
import vn.motcua.audit.AuditQuery;
import vn.motcua.audit.AuditRecord;
import vn.motcua.audit.ChainVerification;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.ResultPage;
import vn.motcua.shared.web.Csv;

/** The audit trail for auditors and administrators: read, export as CSV, verify the chain. */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
class AuditController {

    private static final String CSV_HEADER = "id,occurred_at,username,dossier_code,action,outcome,detail,chain_seq,hash";

    private final AuditLog log;
    private final AuditChain chain;

    AuditController(AuditLog log, AuditChain chain) {
        this.log = log;
        this.chain = chain;
    }

    /** A page of records, newest first, with how many match ({@code page} from 1, {@code size} lines). */
    @GetMapping
    ResultPage<AuditRecord> records(@RequestParam(required = false) String dossier,
                                    @RequestParam(required = false) String user,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) String page,
                                    @RequestParam(required = false) String size) {
        return log.page(new AuditQuery(dossier, user, from, to), PageRequest.of(page, size));
    }

    /**
     * Every matching record, oldest first, as UTF-8 CSV (with a BOM for spreadsheet programs): read
     * and written a chunk at a time, so the whole trail streams in bounded memory.
     */
    @GetMapping(params = "format=csv")
    void export(@RequestParam(required = false) String dossier,
                @RequestParam(required = false) String user,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                HttpServletResponse response) throws IOException {
        AuditQuery query = new AuditQuery(dossier, user, from, to);
        List<AuditRecord> page = log.find(query, 0);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write(Csv.BOM);
        out.write(CSV_HEADER + "\r\n");
        while (!page.isEmpty()) {
            for (AuditRecord r : page) {
                out.write(csvLine(r));
            }
            page = log.find(query, page.get(page.size() - 1).id());
        }
        out.flush();
    }

    /** Seals what has committed so far, then re-computes the whole chain. */
    @PostMapping("/verification")
    ChainVerification verify() {
        chain.seal();
        return chain.verify();
    }

    private static String csvLine(AuditRecord r) {
        return String.join(",", Long.toString(r.id()), r.occurredAt().toString(), Csv.field(r.username()),
                Csv.field(r.dossierCode()), Csv.field(r.action()), r.outcome().name(), Csv.field(r.detail()),
                r.chainSeq() == null ? "" : r.chainSeq().toString(), r.hash() == null ? "" : r.hash()) + "\r\n";
    }

}
