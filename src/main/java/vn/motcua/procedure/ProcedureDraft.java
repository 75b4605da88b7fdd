package vn.motcua.procedure;

import java.time.LocalDateTime;

/** An analyst's saved draft of a procedure's next version (the XML is read separately). */
public record ProcedureDraft(long id, String procedureCode, Integer basedOnVersion, String savedBy,
                             LocalDateTime savedAt, String comment, Integer deployedVersion) {
}
