package dev.reprieve.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Evaluates {@link RequiresDatabase}: enabled, skipped, or under CI failed, with the reason. */
public final class DatabaseAvailableCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        var annotation = AnnotationSupport.findAnnotation(context.getElement(), RequiresDatabase.class);
        if (annotation.isEmpty()) {
            return ConditionEvaluationResult.enabled("no database required");
        }
        TestDatabase database = annotation.get().value();
        if (database.available()) {
            return ConditionEvaluationResult.enabled(database + " is available");
        }
        if (TestDatabase.mandatory()) {
            throw new ExtensionConfigurationException(database.unavailableMessage());
        }
        System.err.println("SKIPPED: " + database.unavailableMessage());
        return ConditionEvaluationResult.disabled(database.unavailableMessage());
    }
}
