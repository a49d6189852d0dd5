package dev.reprieve.admin.collections;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application whose soft-deletable types own a join table and element collections. */
@SpringBootApplication
public class CollectionsTestApp {
}
