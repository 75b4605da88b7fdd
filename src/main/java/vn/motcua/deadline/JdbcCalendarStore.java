package vn.motcua.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Office hours and yearly overrides in the database (tables office_hours, calendar_override). */
@Repository
class JdbcCalendarStore implements OfficeHoursStore, OverrideStore {

    private final JdbcClient jdbc;

    JdbcCalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<DayOfWeek, OfficePeriods> declaredBy(String agencyCode) {
        Map<DayOfWeek, OfficePeriods> declared = new EnumMap<>(DayOfWeek.class);
        jdbc.sql("SELECT day_of_week, periods FROM office_hours WHERE agency_code = ?").param(agencyCode)
                .query(rs -> {
                    declared.put(DayOfWeek.of(rs.getInt(1)), OfficePeriods.parse(rs.getString(2)));
                });
        return declared;
    }

    @Override
    public List<CalendarOverride> ofYear(int year) {
        return jdbc.sql("SELECT override_day, kind, name_vi, name_en, legal_basis FROM calendar_override WHERE override_day BETWEEN ? AND ? ORDER BY override_day")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, row) -> new CalendarOverride(rs.getObject(1, LocalDate.class),
                        CalendarOverride.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    @Override
    @Transactional
    public void replaceYear(int year, List<CalendarOverride> overrides) {
        jdbc.sql("DELETE FROM calendar_override WHERE override_day BETWEEN ? AND ?")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).update();
        for (CalendarOverride override : overrides) {
            jdbc.sql("INSERT INTO calendar_override (override_day, kind, name_vi, name_en, legal_basis) VALUES (?, ?, ?, ?, ?)")
                    .params(override.date(), override.kind().name(), override.nameVi(), override.nameEn(),
                            override.legalBasis()).update();
        }
    }
}
