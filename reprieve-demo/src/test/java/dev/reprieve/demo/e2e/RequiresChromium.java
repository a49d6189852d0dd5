package dev.reprieve.demo.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs browser tests only where Chromium is installed: skipped with a message otherwise, failed under {@code CI=true}. */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(RequiresChromium.Condition.class)
@interface RequiresChromium {

    /** Evaluates {@link RequiresChromium}. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Chromium.available()) {
                return ConditionEvaluationResult.enabled("Chromium is installed");
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new ExtensionConfigurationException(Chromium.unavailableMessage()
                        + ". CI=true makes the browser tests mandatory, so this is a failure");
            }
            String message = Chromium.unavailableMessage() + "; the browser tests are skipped";
            System.err.println("SKIPPED: " + message);
            return ConditionEvaluationResult.disabled(message);
        }
    }
}
