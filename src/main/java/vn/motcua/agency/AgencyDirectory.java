package vn.motcua.agency;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.motcua.shared.ExpiringCache;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.cluster.CacheGenerations;

/** Reads the organisation tree. */
@Service
public class AgencyDirectory {

    private static final String COLUMNS = "code, parent_code, kind, name_vi, name_en FROM agency";

    private final JdbcClient jdbc;
    /**
     * The tree changes rarely and is read on every intake and lookup; an administrator's change
     * reaches every node's cache through its generation counter ({@link AgencyAdministration}).
     */
    private final ExpiringCache<String, Optional<Agency>> cache;

    AgencyDirectory(JdbcClient jdbc, CacheGenerations generations) {
        this.jdbc = jdbc;
        this.cache = new ExpiringCache<>(Duration.ofSeconds(60), generations.of("agency"));
    }

    public Optional<Agency> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return cache.get(code, c -> jdbc.sql("SELECT " + COLUMNS + " WHERE code = ?").param(c).query(this::map)
                .optional());
    }

    public Agency get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("agency", "error.agency.unknown", code));
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    public List<Agency> all() {
        return jdbc.sql("SELECT " + COLUMNS + " ORDER BY sort_order, code").query(this::map).list();
    }

    /** Call inside the transaction that changes the tree. */
    void changed() {
        cache.invalidate();
    }

    private Agency map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Agency(rs.getString("code"), rs.getString("parent_code"),
                AgencyKind.valueOf(rs.getString("kind")), rs.getString("name_vi"), rs.getString("name_en"));
    }
}
