package vn.motcua.forms;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.motcua.agency.Province;
import vn.motcua.shared.web.HtmlToPdf;

/**
 * Renders a Thymeleaf template (well-formed XHTML) to PDF, with the {@link Province} as the
 * variable {@code province} for every heading.
 */
@Component
public class PdfRenderer {

    /** The font the templates name in their CSS. */
    static final String FONT_FAMILY = HtmlToPdf.FONT_FAMILY;

    private final ITemplateEngine templates;
    private final Province province;

    PdfRenderer(ITemplateEngine templates, Province province) {
        this.templates = templates;
        this.province = province;
    }

    public byte[] render(String template, Locale locale, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("province", province);
        return HtmlToPdf.render(templates.process(template, new Context(locale, all)));
    }
}
