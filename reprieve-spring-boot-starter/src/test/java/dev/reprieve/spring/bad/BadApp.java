package dev.reprieve.spring.bad;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application that declares a SoftDeleteRepository for an entity that is not soft-deletable. */
@SpringBootApplication
public class BadApp {
}
