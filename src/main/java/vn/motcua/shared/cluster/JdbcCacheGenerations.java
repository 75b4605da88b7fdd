package vn.motcua.shared.cluster;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The counters in table {@code cache_generation}; each row is created by the migration that needs it. */
@Component
class JdbcCacheGenerations implements CacheGenerations {

    private final JdbcClient jdbc;

    JdbcCacheGenerations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Generation of(String name) {
        return new Generation() {
            @Override
            public long current() {
                return jdbc.sql("SELECT generation FROM cache_generation WHERE name = ?").param(name)
                        .query(Long.class).optional().orElseThrow(() -> missing(name));
            }

            @Override
            public void bump() {
                if (jdbc.sql("UPDATE cache_generation SET generation = generation + 1 WHERE name = ?")
                        .param(name).update() != 1) {
                    throw missing(name);
                }
            }
        };
    }

    private static IllegalStateException missing(String name) {
        return new IllegalStateException("No row '" + name + "' in cache_generation (a migration adds it)");
    }
}
