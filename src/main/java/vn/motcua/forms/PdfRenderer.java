package vn.motcua.forms;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.motcua.shared.web.HtmlToPdf;

/** Renders a Thymeleaf template (well-formed XHTML) to PDF. */
@Component
class PdfRenderer {

    /** The font the templates name in their CSS. */
    static final String FONT_FAMILY = HtmlToPdf.FONT_FAMILY;

    private final ITemplateEngine templates;

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(String template, Locale locale, Map<String, Object> variables) {
        return HtmlToPdf.render(templates.process(template, new Context(locale, variables)));
    }
}
