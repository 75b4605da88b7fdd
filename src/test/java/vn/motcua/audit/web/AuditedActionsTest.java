package vn.motcua.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.motcua.dossier.TransitionAction;
import vn.motcua.testing.DatabaseTest;

/**
 * Every request of ours that may change something is on the trail under a stable action code of
 * its own, and every code the trail stores has a label in Vietnamese and in English. A new
 * controller method fails here until its address is given a code in {@link AuditedActions} and a
 * label in i18n/audit*.properties.
 */
@DatabaseTest
@AutoConfigureMockMvc
class AuditedActionsTest {

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired MessageSource messages;

    @Test
    void everyRequestThatMayChangeSomethingHasAnActionCode() {
        List<String> unlisted = new ArrayList<>();
        mappings.getHandlerMethods().forEach((mapping, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("vn.motcua")) {
                return;
            }
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.POST) : methods) {
                for (String pattern : mapping.getPatternValues()) {
                    if (method != RequestMethod.GET && method != RequestMethod.HEAD
                            && !AuditedActions.lists(method.name(), pattern)) {
                        unlisted.add(method + " " + pattern);
                    }
                }
            }
        });
        assertThat(unlisted).as("requests without an action code in AuditedActions").isEmpty();
    }

    @Test
    void everyStoredActionCodeHasALabelInBothLanguages() {
        List<String> codes = Stream.of(AuditedActions.codes().stream(),
                        Arrays.stream(TransitionAction.values()).map(action -> "DOSSIER_" + action.name()),
                        Stream.of("SIGN_IN", "ACCESS", EngineAdminAuditFilter.ACTION))
                .flatMap(c -> c).toList();
        for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
            assertThat(codes).as("codes without a label in " + locale)
                    .filteredOn(code -> messages.getMessage("audit.action." + code, null, null, locale) == null)
                    .isEmpty();
        }
        assertThat(messages.getMessage("audit.action.STEP_COMPLETE", null, Locale.ENGLISH))
                .isNotEqualTo(messages.getMessage("audit.action.STEP_COMPLETE", null, Locale.forLanguageTag("vi")));
    }
}
