package vn.motcua.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierResult;
import vn.motcua.dossier.TransitionAction;

/**
 * The clerks' bundle in Vietnamese and English has the same keys, and every key the staff
 * pages name (literally, or built from an enum) is in it.
 */
class ClerksMessagesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
    static final Set<String> STAFF_PAGES = Set.of("desk.html", "desk-received.html", "dossiers.html", "dossier.html",
            "dossier-parts.html", "tasks.html", "task.html", "page-error.html");

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(bundle("i18n/clerks_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("i18n/clerks.properties").stringPropertyNames());
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Set<String> known = new HashSet<>(bundle("i18n/clerks.properties").stringPropertyNames());
        known.addAll(bundle("messages.properties").stringPropertyNames());
        Set<String> used = new HashSet<>();
        for (String page : STAFF_PAGES) {
            Matcher keys = LITERAL_KEY.matcher(Files.readString(TEMPLATES.resolve(page)));
            while (keys.find()) {
                used.add(keys.group(1));
            }
        }
        Arrays.stream(TransitionAction.values()).forEach(a -> used.add("action." + a.name()));
        Arrays.stream(Channel.values()).forEach(c -> used.add("channel." + c.name()));
        Arrays.stream(DossierResult.values()).forEach(r -> used.add("result." + r.name()));
        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(
                ClerksMessagesTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
