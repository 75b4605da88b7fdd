package vn.motcua.shared.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.shared.ResultPage;

/**
 * The links under a paged list ({@code pager.html}): the same address with the same filters and
 * order, only another page number.
 */
public record Pager(ResultPage<?> result, String previousHref, String nextHref) {

    public static Pager of(ResultPage<?> result, HttpServletRequest request) {
        String base = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String otherParameters = request.getQueryString() == null ? "" : Arrays
                .stream(request.getQueryString().split("&"))
                .filter(parameter -> !parameter.isEmpty() && !parameter.startsWith("page="))
                .collect(Collectors.joining("&"));
        String prefix = base + "?" + (otherParameters.isEmpty() ? "" : otherParameters + "&") + "page=";
        return new Pager(result,
                result.hasPrevious() ? prefix + (result.page() - 1) : null,
                result.hasNext() ? prefix + (result.page() + 1) : null);
    }
}
