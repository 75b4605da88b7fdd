package vn.motcua.agency;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.agency.AgencyChanged.Change;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InputRules;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.LocalizedText;
import vn.motcua.shared.NotFoundException;

/**
 * What administrators do to the organisation tree: add an agency under another, rename one.
 * A code is chosen once and never changes: it prefixes the agency's dossier codes and names
 * its task groups ("XPV.reception"), so dossiers and steps already filed keep pointing at it.
 * Nothing is ever deleted for the same reason.
 */
@Service
public class AgencyAdministration {

    /** Short, upper-case letters without diacritics and digits, starting with a letter; the column's width. */
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,11}");
    private static final int NAME_LENGTH = 200;
    /** The audit trail is written in the first language. */
    private static final Locale TRAIL = LocalizedText.VIETNAMESE;

    private final JdbcClient jdbc;
    private final AgencyDirectory directory;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    AgencyAdministration(JdbcClient jdbc, AgencyDirectory directory, ApplicationEventPublisher events,
                         MessageSource messages) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.events = events;
        this.messages = messages;
    }

    /** A new department or commune under an existing agency; the province is the tree's only root. */
    @Transactional
    public Agency add(String administrator, String code, String parentCode, String kind, String nameVi,
                      String nameEn) {
        String newCode = code == null ? null : code.trim();
        if (newCode == null || !CODE.matcher(newCode).matches()) {
            throw new InvalidInputException("code", "error.agency.code");
        }
        String parent = parentCode == null ? "" : parentCode.trim();
        if (parent.isEmpty() || !InputRules.isStorable(parent) || !directory.exists(parent)) {
            throw new InvalidInputException("parentCode", "error.agency.parent");
        }
        Agency agency = new Agency(newCode, parent, kind(kind), nameVi(nameVi), nameEn(nameEn, nameVi));
        if (directory.exists(newCode)) {
            throw new ConflictException("code", "error.agency.code.taken", newCode);
        }
        try {
            jdbc.sql("""
                    INSERT INTO agency (code, parent_code, kind, name_vi, name_en, sort_order)
                    SELECT ?, ?, ?, ?, ?, COALESCE(MAX(sort_order), 0) + 10 FROM agency""")
                    .params(agency.code(), agency.parentCode(), agency.kind().name(), agency.nameVi(),
                            agency.nameEn())
                    .update();
        } catch (DuplicateKeyException addedAtTheSameMoment) {
            throw new ConflictException("code", "error.agency.code.taken", newCode);
        }
        directory.changed();
        events.publishEvent(new AgencyChanged(administrator, newCode, Change.ADDED,
                messages.getMessage("audit.agency.added", new Object[] {newCode, agency.nameVi(), parent,
                        messages.getMessage(agency.kind().labelKey(), null, TRAIL)}, TRAIL)));
        return agency;
    }

    /** New names; the code stays. */
    @Transactional
    public void rename(String administrator, String code, String nameVi, String nameEn) {
        Agency agency = directory.find(code)
                .orElseThrow(() -> new NotFoundException("code", "error.agency.unknown", code));
        String vi = nameVi(nameVi);
        String en = nameEn(nameEn, nameVi);
        jdbc.sql("UPDATE agency SET name_vi = ?, name_en = ? WHERE code = ?").params(vi, en, agency.code()).update();
        directory.changed();
        events.publishEvent(new AgencyChanged(administrator, agency.code(), Change.RENAMED,
                messages.getMessage("audit.agency.renamed", new Object[] {agency.code(), agency.nameVi(), vi}, TRAIL)));
    }

    private static AgencyKind kind(String kind) {
        if (AgencyKind.DEPARTMENT.name().equals(kind)) {
            return AgencyKind.DEPARTMENT;
        } else if (AgencyKind.COMMUNE.name().equals(kind)) {
            return AgencyKind.COMMUNE;
        }
        throw new InvalidInputException("kind", "error.agency.kind");
    }

    private static String nameVi(String name) {
        return InputRules.required(name, "nameVi", NAME_LENGTH, "error.agency.nameVi");
    }

    /** The English name, or the Vietnamese one when none is given. */
    private static String nameEn(String name, String nameVi) {
        return InputRules.required(name == null || name.isBlank() ? nameVi : name, "nameEn", NAME_LENGTH,
                "error.agency.nameEn");
    }
}
