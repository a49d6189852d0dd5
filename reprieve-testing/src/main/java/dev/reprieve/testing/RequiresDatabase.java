package dev.reprieve.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class only when its database server answers: skipped with a clear message when it does
 * not, and failed instead when {@code CI=true}.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(DatabaseAvailableCondition.class)
public @interface RequiresDatabase {
    TestDatabase value();
}
