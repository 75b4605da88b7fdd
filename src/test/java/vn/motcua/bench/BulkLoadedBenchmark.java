package vn.motcua.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A benchmark that loads a province's volume in bulk with PostgreSQL's COPY: it runs on
 * PostgreSQL only (decided before the context and its database start), without the demo's
 * history, and leaves its database behind it so that the next benchmark does not find this
 * one's volume. Combine with {@code @SpringBootTest(properties = "motcua.demo.history.enabled=false")}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles({"demo", "test"})
@Tag("bench")
@EnabledIfSystemProperty(named = "test.database", matches = "postgres")
@DirtiesContext
@interface BulkLoadedBenchmark {
}
