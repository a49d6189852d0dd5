package dev.reprieve.spring.errors;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A library with shelves, books, loans and reviews: every refusal Reprieve can answer inside a repository call. */
@SpringBootApplication
public class ErrorsApp {
}
