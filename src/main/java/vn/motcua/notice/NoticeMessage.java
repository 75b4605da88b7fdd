package vn.motcua.notice;

import java.util.Map;

/**
 * A notice as queued: the address (email or phone number), the rendered text (an email's subject
 * and body, an SMS's text) and, for template gateways such as Zalo ZNS, the template's name and
 * the values it is filled with.
 */
record NoticeMessage(String to, String subject, String text, String template, Map<String, String> params) {
}
