package vn.motcua.shared;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of a list and the size of the whole list. As JSON:
 * {@code {"items": [...], "page": 1, "size": 50, "total": 1234, "totalPages": 25}}.
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public static <T> ResultPage<T> of(List<T> items, PageRequest request, long total) {
        return new ResultPage<>(items, request.page(), request.size(), total);
    }

    public <R> ResultPage<R> map(Function<? super T, ? extends R> mapping) {
        return new ResultPage<>(items.stream().<R>map(mapping).toList(), page, size, total);
    }

    /** In the JSON too: Jackson writes only a record's components unless told. */
    @JsonProperty("totalPages")
    public long totalPages() {
        return total == 0 ? 1 : (total + size - 1) / size;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    /** Position of the page's first line in the whole list, from 1 (0 when the list is empty). */
    public long firstLine() {
        return items.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    public long lastLine() {
        return items.isEmpty() ? 0 : firstLine() + items.size() - 1;
    }
}
