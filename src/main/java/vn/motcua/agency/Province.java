package vn.motcua.agency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The province this installation serves, from {@code motcua.province.*}: its name as written
 * after "Ủy ban nhân dân" (e.g. {@code tỉnh Đồng Nai}, or {@code thành phố Huế} for a
 * centrally-run city), printed in the heading of every form and report, and the title of
 * whoever signs the province's reports. The defaults are the demo's invented province, named
 * after its two communes (Phước Vĩnh, Thuận Hòa).
 */
@ConfigurationProperties(prefix = "motcua.province")
public record Province(@DefaultValue("tỉnh Phước Thuận") String name,
                       @DefaultValue("CHỦ TỊCH") String reportSignerTitle) {

    /** The provincial People's Committee, as headings name it: "Ủy ban nhân dân tỉnh …". */
    public String committeeName() {
        return "Ủy ban nhân dân " + name;
    }

    /**
     * The agency's name in a heading: the province's own agency by the committee's full name
     * (the organisation tree calls it only "Ủy ban nhân dân tỉnh"), any other by its own.
     */
    public String headingName(Agency agency) {
        return agency.kind() == AgencyKind.PROVINCE ? committeeName() : agency.nameVi();
    }
}
