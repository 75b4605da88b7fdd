package vn.motcua.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The notice texts, one file per kind and channel ({@code received.email.txt}), with
 * {@code {placeholder}} fields. A file in the configured folder wins over the default on the
 * classpath, so an administrator edits texts without a release. Read at every use: an edit takes
 * effect at the next notice.
 */
@Component
class NoticeTemplates {

    private static final Pattern FIELD = Pattern.compile("\\{([a-zA-Z]+)}");

    private final Path folder;

    NoticeTemplates(NoticeProperties properties) {
        this.folder = properties.templatesFolder();
    }

    /** The text of one kind for one channel, its fields filled (an unknown field is left as written). */
    String render(NoticeKind kind, NoticeChannel channel, Map<String, String> values) {
        Matcher m = FIELD.matcher(read(kind.fileName() + "." + channel.name().toLowerCase(java.util.Locale.ROOT)
                + ".txt"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(out).toString().strip();
    }

    private String read(String file) {
        try {
            if (folder != null && Files.isRegularFile(folder.resolve(file))) {
                return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
            }
            try (InputStream in = NoticeTemplates.class.getResourceAsStream("/notices/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("No notice template " + file);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the notice template " + file, e);
        }
    }
}
