package vn.motcua.shared;

/**
 * Which page of a list the user asked for: pages are numbered from 1, 50 lines by default and
 * never more than {@link #MAX_SIZE}, so no list, however long, is read or sent whole (issue 12).
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /** Deep enough for any person paging by hand; deeper offsets cost the database a scan. */
    public static final int MAX_PAGE = 10_000;

    public static final PageRequest FIRST = new PageRequest(1, DEFAULT_SIZE);

    public PageRequest {
        if (page < 1 || page > MAX_PAGE) {
            throw new InvalidInputException("page", "error.page.number", MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "error.page.size", MAX_SIZE);
        }
    }

    /** The page as the request's parameters give it; missing ones take the defaults. */
    public static PageRequest of(String page, String size) {
        return new PageRequest(number(page, "page", 1), number(size, "size", DEFAULT_SIZE));
    }

    /** Lines skipped before this page (SQL OFFSET, Camunda's firstResult). */
    public int offset() {
        return (page - 1) * size;
    }

    private static int number(String value, String field, int missing) {
        if (value == null || value.isBlank()) {
            return missing;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "error.field.malformed", field);
        }
    }
}
