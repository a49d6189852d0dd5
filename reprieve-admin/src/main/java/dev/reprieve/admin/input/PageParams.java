package dev.reprieve.admin.input;

/**
 * The {@code page} and {@code size} of a paged page or API call, read from the request's text with the same
 * bounds everywhere: page 0 to {@value #MAX_PAGE}, size 1 to the caller's maximum (at most
 * {@value #MAX_SIZE}); anything else, or anything that is not a whole number, is a 400 naming the parameter.
 * {@link #offset()} cannot overflow.
 */
public record PageParams(int page, int size) {

    public static final int MAX_PAGE = 1_000_000;
    public static final int MAX_SIZE = 500;

    public PageParams {
        if (page < 0 || page > MAX_PAGE) {
            throw new BadInputException("page must be a whole number from 0 to " + MAX_PAGE + ", not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadInputException("size must be a whole number from 1 to " + MAX_SIZE + ", not " + size);
        }
    }

    /**
     * @param page        the parameter as sent, or {@code null}/blank for the first page
     * @param size        the parameter as sent, or {@code null}/blank for {@code defaultSize}
     * @param maxSize     the largest size allowed here (at most {@value #MAX_SIZE})
     */
    public static PageParams of(String page, String size, int defaultSize, int maxSize) {
        int limit = Math.min(maxSize, MAX_SIZE);
        int pageNumber = number("page", page, 0, 0, MAX_PAGE);
        int sizeNumber = number("size", size, Math.min(defaultSize, limit), 1, limit);
        return new PageParams(pageNumber, sizeNumber);
    }

    /** The first page's {@code size} parameter alone, for pages that walk by cursor. */
    public static int size(String size, int defaultSize, int maxSize) {
        return of(null, size, defaultSize, maxSize).size();
    }

    /** Rows to skip; a {@code long}, since page × size can exceed an {@code int}. */
    public long offset() {
        return (long) page * size;
    }

    private static int number(String name, String text, int absent, int min, int max) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        String digits = text.trim();
        String range = name + " must be a whole number from " + min + " to " + max + ", not ";
        if (!digits.matches("[+-]?\\d+")) {
            throw new BadInputException(range + "'" + shorten(text) + "'");
        }
        long value = digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (value < min || value > max) {
            throw new BadInputException(range + shorten(digits));
        }
        return (int) value;
    }

    /** Keeps an echoed value short: a 1 MB parameter does not come back in the message. */
    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
