package vn.motcua.simulation.whatif.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.shared.InvalidInputException;

/** The analyst's service times typed as {@code stepId=minutes, stepId=minutes}. */
final class ServiceMinutesField {

    private static final Pattern ENTRY = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9_.-]{0,99})\\s*=\\s*(\\d{1,5})\\s*$");

    private ServiceMinutesField() {
    }

    static Map<String, Integer> parse(String text) {
        Map<String, Integer> minutes = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return minutes;
        }
        for (String entry : text.split("[,;\\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches() || Integer.parseInt(m.group(2)) < 1) {
                throw new InvalidInputException("serviceMinutes", "error.whatif.serviceMinutes", entry.strip());
            }
            minutes.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return minutes;
    }
}
