package vn.motcua.shared.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.stereotype.Component;
import vn.motcua.shared.InputRules;

/**
 * Every string of every JSON body is checked as it is read: one holding a character no text may
 * (see {@link InputRules#isStorable}) fails the whole body, and the API's answer names the field
 * by its JSON path, e.g. {@code applicant.fullName}. Spring Boot adds this module to its mapper.
 */
@Component
class StorableTextModule extends SimpleModule {

    StorableTextModule() {
        super("storable-text");
        addDeserializer(String.class, new StorableStrings());
    }

    private static final class StorableStrings extends StdScalarDeserializer<String> {

        StorableStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !InputRules.isStorable(text)) {
                throw InvalidFormatException.from(parser, "unstorable character", text, String.class);
            }
            return text;
        }
    }
}
