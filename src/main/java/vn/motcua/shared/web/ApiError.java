package vn.motcua.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of every refused API request: a readable message and the field at fault. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ApiError(String error, String field) {
}
