package vn.motcua.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole application against a real database. It runs twice: on H2 in
 * Maven's default test execution and, unchanged, on PostgreSQL in the "postgres"
 * execution (tag "database"). Each Spring context gets a database of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@Tag("database")
@ExtendWith(PostgresAvailableCondition.class)
public @interface DatabaseTest {

    /** RANDOM_PORT for tests that need a real HTTP server (Camunda's servlets, browsers). */
    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
