package vn.motcua.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.motcua.agency.Agency;
import vn.motcua.dossier.Dossier;
import vn.motcua.shared.LocalizedText;

/** Form 07: the dossiers one agency received in a period, one row each. */
public record LogbookSheet(Agency agency, Agency parentAgency, LocalDate from, LocalDate to, LocalDateTime printedAt,
                           List<Line> lines) {

    public LogbookSheet {
        lines = List.copyOf(lines);
    }

    public record Line(int number, Dossier dossier, LocalizedText procedureName) {

        /** Address and phone, as the logbook's one contact column. */
        public String contact() {
            return Stream.of(dossier.applicant().address(), dossier.applicant().phone()).filter(Objects::nonNull)
                    .collect(Collectors.joining("; "));
        }
    }
}
