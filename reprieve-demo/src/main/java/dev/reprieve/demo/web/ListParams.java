package dev.reprieve.demo.web;

import dev.reprieve.admin.input.BadInputException;
import dev.reprieve.admin.input.PageParams;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The paging and search parameters of a demo list page ({@code ?page=&size=&q=}): page and size within the
 * bounds every paged page and API shares ({@link PageParams}), a search text of at most {@value #MAX_TEXT}
 * printable characters; anything else is a 400 naming the parameter.
 *
 * @param page 0-based page number
 * @param size rows per page
 * @param text the search text, trimmed, or {@code null} for none
 */
public record ListParams(int page, int size, String text) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_TEXT = 200;

    /** @throws BadInputException for a page or size out of bounds; BadRequestException for a bad search text */
    public static ListParams of(Integer page, Integer size, String text) {
        PageParams paging = new PageParams(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
        if (text != null && (text.length() > MAX_TEXT || text.chars().anyMatch(Character::isISOControl))) {
            throw new BadRequestException("q must be at most " + MAX_TEXT + " characters without control characters");
        }
        String q = text == null || text.isBlank() ? null : text.strip();
        return new ListParams(paging.page(), paging.size(), q);
    }

    public Pageable pageable(Sort sort) {
        return PageRequest.of(page, size, sort);
    }

    /** @return the link to another page of the same list: same size and search */
    public String href(String base, int otherPage) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(base);
        if (otherPage > 0) {
            link.queryParam("page", otherPage);
        }
        if (size != DEFAULT_SIZE) {
            link.queryParam("size", size);
        }
        if (text != null) {
            link.queryParam("q", text);
        }
        return link.build().encode().toUriString();
    }
}
