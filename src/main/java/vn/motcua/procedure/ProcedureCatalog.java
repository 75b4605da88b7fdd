package vn.motcua.procedure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.agency.AgencyKind;
import vn.motcua.deadline.StatutoryTime;
import vn.motcua.deadline.StatutoryTimes;
import vn.motcua.shared.ExpiringCache;
import vn.motcua.shared.LocalizedText;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.shared.cluster.CacheGenerations;
import vn.motcua.shared.cluster.Databases;
import vn.motcua.shared.process.TaskGroup;

/** The procedure catalogue: metadata from bpmn/, versions from the engine's deployments. */
@Service
public class ProcedureCatalog implements StatutoryTimes {

    private static final String PROCEDURE_COLUMNS = """
            code, process_key, name_vi, name_en, field_vi, field_en, responsible_agency_vi,
            responsible_agency_en, receiving_level, online_level, fee_vnd, fee_note_vi, fee_note_en, fee_code,
            fee_account""";
    private static final String VERSION_COLUMNS = """
            process_definition_id, procedure_code, version, version_tag, statutory_working_days,
            step_count, handover_count, deployed_at, effective_from, change_note""";

    /** The placeholder agency of task groups written in models: the agency that received the dossier. */

    /*
     * One statement, not an update then an insert: two nodes saving the same procedure at once
     * must not both find no row and both insert. PostgreSQL's ON CONFLICT is safe under that race;
     * standard MERGE is what H2 (one node) understands. The row lock the upsert takes also makes a
     * second saver wait before it rewrites the procedure's documents.
     */
    private static final String POSTGRES_UPSERT = """
            INSERT INTO administrative_procedure (process_key, name_vi, name_en, field_vi, field_en,
                responsible_agency_vi, responsible_agency_en, receiving_level, online_level, fee_vnd,
                fee_note_vi, fee_note_en, fee_code, fee_account, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET process_key = EXCLUDED.process_key, name_vi = EXCLUDED.name_vi,
                name_en = EXCLUDED.name_en, field_vi = EXCLUDED.field_vi, field_en = EXCLUDED.field_en,
                responsible_agency_vi = EXCLUDED.responsible_agency_vi,
                responsible_agency_en = EXCLUDED.responsible_agency_en, receiving_level = EXCLUDED.receiving_level,
                online_level = EXCLUDED.online_level, fee_vnd = EXCLUDED.fee_vnd, fee_note_vi = EXCLUDED.fee_note_vi,
                fee_note_en = EXCLUDED.fee_note_en, fee_code = EXCLUDED.fee_code, fee_account = EXCLUDED.fee_account""";
    private static final String STANDARD_UPSERT = """
            MERGE INTO administrative_procedure t
            USING (VALUES (CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(300)), CAST(? AS VARCHAR(300)),
                CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(300)), CAST(? AS VARCHAR(300)),
                CAST(? AS VARCHAR(20)), CAST(? AS VARCHAR(10)), CAST(? AS BIGINT), CAST(? AS VARCHAR(500)),
                CAST(? AS VARCHAR(500)), CAST(? AS VARCHAR(50)), CAST(? AS VARCHAR(34)), CAST(? AS VARCHAR(20))))
                AS s (process_key, name_vi, name_en, field_vi, field_en, responsible_agency_vi, responsible_agency_en,
                receiving_level, online_level, fee_vnd, fee_note_vi, fee_note_en, fee_code, fee_account, code)
            ON t.code = s.code
            WHEN MATCHED THEN UPDATE SET process_key = s.process_key, name_vi = s.name_vi, name_en = s.name_en,
                field_vi = s.field_vi, field_en = s.field_en, responsible_agency_vi = s.responsible_agency_vi,
                responsible_agency_en = s.responsible_agency_en, receiving_level = s.receiving_level,
                online_level = s.online_level, fee_vnd = s.fee_vnd, fee_note_vi = s.fee_note_vi,
                fee_note_en = s.fee_note_en, fee_code = s.fee_code, fee_account = s.fee_account
            WHEN NOT MATCHED THEN INSERT (process_key, name_vi, name_en, field_vi, field_en, responsible_agency_vi,
                responsible_agency_en, receiving_level, online_level, fee_vnd, fee_note_vi, fee_note_en, fee_code,
                fee_account, code)
                VALUES (s.process_key, s.name_vi, s.name_en, s.field_vi, s.field_en, s.responsible_agency_vi,
                s.responsible_agency_en, s.receiving_level, s.online_level, s.fee_vnd, s.fee_note_vi, s.fee_note_en,
                s.fee_code, s.fee_account, s.code)""";

    /** Every intake reads its procedure; versions change only when a model is deployed. */
    private static final Duration CACHE_TIME = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final ProcessModels models;
    private final ProvinceClock clock;
    private final ExpiringCache<String, Optional<Procedure>> procedures;
    private final ExpiringCache<String, Optional<ProcedureVersion>> versions;
    private final String upsertProcedure;

    ProcedureCatalog(JdbcClient jdbc, ProcessModels models, ProvinceClock clock, DataSource dataSource,
                     CacheGenerations generations) {
        this.jdbc = jdbc;
        this.procedures = new ExpiringCache<>(CACHE_TIME, generations.of("procedure"));
        this.versions = new ExpiringCache<>(CACHE_TIME, generations.of("procedure_version"));
        this.models = models;
        this.clock = clock;
        this.upsertProcedure = Databases.isPostgres(dataSource) ? POSTGRES_UPSERT : STANDARD_UPSERT;
    }

    /** Every procedure that has at least one deployed version, by code. */
    public List<Procedure> all() {
        Map<String, List<ProcedureVersion>> versions = new LinkedHashMap<>();
        jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM procedure_version ORDER BY procedure_code, version")
                .query(this::mapVersion).list()
                .forEach(v -> versions.computeIfAbsent(v.procedureCode(), c -> new ArrayList<>()).add(v));
        Map<String, List<LocalizedText>> documents = new LinkedHashMap<>();
        jdbc.sql("SELECT procedure_code, name_vi, name_en FROM procedure_document ORDER BY procedure_code, position")
                .query((rs, row) -> Map.entry(rs.getString(1), new LocalizedText(rs.getString(2), rs.getString(3))))
                .list()
                .forEach(e -> documents.computeIfAbsent(e.getKey(), c -> new ArrayList<>()).add(e.getValue()));
        return jdbc.sql("SELECT " + PROCEDURE_COLUMNS + " FROM administrative_procedure ORDER BY code")
                .query((rs, row) -> mapProcedure(rs, documents, versions)).list().stream()
                .filter(p -> !p.versions().isEmpty()).toList();
    }

    public Optional<Procedure> find(String code) {
        return code == null ? Optional.empty() : procedures.get(code, this::load);
    }

    private Optional<Procedure> load(String code) {
        List<ProcedureVersion> versions = jdbc.sql(
                        "SELECT " + VERSION_COLUMNS + " FROM procedure_version WHERE procedure_code = ? ORDER BY version")
                .param(code).query(this::mapVersion).list();
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        List<LocalizedText> documents = jdbc.sql(
                        "SELECT name_vi, name_en FROM procedure_document WHERE procedure_code = ? ORDER BY position")
                .param(code).query((rs, row) -> new LocalizedText(rs.getString(1), rs.getString(2))).list();
        return jdbc.sql("SELECT " + PROCEDURE_COLUMNS + " FROM administrative_procedure WHERE code = ?").param(code)
                .query((rs, row) -> mapProcedure(rs, Map.of(code, documents), Map.of(code, versions))).optional();
    }

    public Optional<ProcedureVersion> version(String processDefinitionId) {
        return versions.get(processDefinitionId, this::loadVersion);
    }

    private Optional<ProcedureVersion> loadVersion(String processDefinitionId) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM procedure_version WHERE process_definition_id = ?")
                .param(processDefinitionId).query(this::mapVersion).optional();
    }

    @Override
    public Optional<StatutoryTime> current(String procedureCode) {
        return find(procedureCode).flatMap(p -> p.versionInForce(clock.now().toLocalDate()))
                .map(ProcedureVersion::statutoryTime);
    }

    /** The decisions a step offers; the first is the normal forward path. */
    public List<String> outcomes(String processDefinitionId, String taskActivityId) {
        return models.outcomes(processDefinitionId, taskActivityId);
    }

    /**
     * The task groups of a step for one receiving agency: the model's groups with the
     * placeholder agency "receiving" replaced by the agency's code.
     */
    public List<String> candidateGroups(String processDefinitionId, String taskActivityId, String receivingAgency) {
        return models.candidateGroups(processDefinitionId, taskActivityId).stream()
                .map(group -> TaskGroup.parse(group).map(g -> g.forDossierOf(receivingAgency).toString())
                        .orElse(group))
                .toList();
    }

    public boolean endsInRefusal(String processDefinitionId, String endActivityId) {
        return models.endsInRefusal(processDefinitionId, endActivityId);
    }

    /** Creates or updates a procedure's metadata and required documents (from its procedure.yml). */
    @Transactional
    public void saveMetadata(Procedure p) {
        forgetCached();
        Object[] values = {p.processKey(), p.name().vi(), p.name().en(), p.field().vi(), p.field().en(),
                p.responsibleAgency().vi(), p.responsibleAgency().en(), p.receivingLevel().name(),
                p.onlineLevel().name(), p.feeVnd(), p.feeNote().vi(), p.feeNote().en(), p.feeCode(), p.feeAccount(),
                p.code()};
        jdbc.sql(upsertProcedure).params(values).update();
        jdbc.sql("DELETE FROM procedure_document WHERE procedure_code = ?").param(p.code()).update();
        for (int i = 0; i < p.requiredDocuments().size(); i++) {
            LocalizedText document = p.requiredDocuments().get(i);
            jdbc.sql("INSERT INTO procedure_document (procedure_code, position, name_vi, name_en) VALUES (?, ?, ?, ?)")
                    .params(p.code(), i + 1, document.vi(), document.en()).update();
        }
    }

    public boolean hasVersion(String processDefinitionId) {
        return loadVersion(processDefinitionId).isPresent();
    }

    @Transactional
    public void recordVersion(ProcedureVersion v) {
        forgetCached();
        jdbc.sql("INSERT INTO procedure_version (" + VERSION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(v.processDefinitionId(), v.procedureCode(), v.version(), v.versionTag(),
                        v.statutoryWorkingDays(), v.stepCount(), v.handoverCount(), v.deployedAt(),
                        v.effectiveFrom(), v.changeNote())
                .update();
    }

    private void forgetCached() {
        procedures.invalidate();
        versions.invalidate();
    }

    private Procedure mapProcedure(ResultSet rs, Map<String, List<LocalizedText>> documents,
                                   Map<String, List<ProcedureVersion>> versions) throws SQLException {
        String code = rs.getString("code");
        return new Procedure(code, rs.getString("process_key"),
                new LocalizedText(rs.getString("name_vi"), rs.getString("name_en")),
                new LocalizedText(rs.getString("field_vi"), rs.getString("field_en")),
                new LocalizedText(rs.getString("responsible_agency_vi"), rs.getString("responsible_agency_en")),
                AgencyKind.valueOf(rs.getString("receiving_level")), OnlineLevel.valueOf(rs.getString("online_level")),
                rs.getLong("fee_vnd"), new LocalizedText(rs.getString("fee_note_vi"), rs.getString("fee_note_en")),
                rs.getString("fee_code"), rs.getString("fee_account"), documents.getOrDefault(code, List.of()), versions.getOrDefault(code, List.of()));
    }

    private ProcedureVersion mapVersion(ResultSet rs, int row) throws SQLException {
        return new ProcedureVersion(rs.getString("process_definition_id"), rs.getString("procedure_code"),
                rs.getInt("version"), rs.getString("version_tag"), rs.getInt("statutory_working_days"),
                rs.getInt("step_count"), rs.getInt("handover_count"),
                rs.getObject("deployed_at", LocalDateTime.class), rs.getObject("effective_from", LocalDate.class),
                rs.getString("change_note"));
    }
}
