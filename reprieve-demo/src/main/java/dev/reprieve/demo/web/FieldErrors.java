package dev.reprieve.demo.web;

import java.util.stream.Collectors;
import org.springframework.validation.BindingResult;

/** One readable sentence for a failed validation ("price must be greater than or equal to 0.00"), for the API and the pages alike. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static String describe(BindingResult result) {
        return result.getFieldErrors().stream()
                .map(f -> f.getField() + " " + (f.isBindingFailure() ? "is not valid: '" + f.getRejectedValue() + "'" : f.getDefaultMessage()))
                .sorted()
                .collect(Collectors.joining("; "));
    }
}
