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
        return of(result, base + "?" + (otherParameters.isEmpty() ? "" : otherParameters + "&") + "page=");
    }

    /**
     * Links made of a fixed prefix and the page number, for a page holding several paged lists,
     * each with a page parameter of its own (the desk: {@code /desk?resultsPage=}).
     */
    public static Pager of(ResultPage<?> result, String hrefBeforePageNumber) {
        return new Pager(result,
                result.hasPrevious() ? hrefBeforePageNumber + (result.page() - 1) : null,
                result.hasNext() ? hrefBeforePageNumber + (result.page() + 1) : null);
    }
}
