package dev.reprieve.spring.internal;

import dev.reprieve.core.ReprieveException;
import dev.reprieve.hibernate.PurgeSettings;
import dev.reprieve.hibernate.RetentionPurge;
import dev.reprieve.spring.ReprieveProperties;
import java.time.Duration;

/**
 * Hands the {@code reprieve.retention.*} and {@code reprieve.purge.*} properties to the purge builder, each
 * setting labelled with its property, so bad configuration fails at startup with a message naming it.
 */
public final class PurgePolicies {

    private PurgePolicies() {
    }

    public static void apply(ReprieveProperties properties, RetentionPurge.Builder builder) {
        ReprieveProperties.Purge purge = properties.getPurge();
        Integer batchSize = purge.getBatchSize();
        if (batchSize != null && batchSize < 1) {
            throw new ReprieveException("reprieve.purge.batch-size: must be at least 1, got " + batchSize);
        }
        Duration batchTime = purge.getBatchTime();
        if (batchTime == null || batchTime.isNegative() || batchTime.isZero()) {
            throw new ReprieveException("reprieve.purge.batch-time: must be a positive duration, got " + batchTime);
        }
        if (batchSize != null) {
            builder.batchSize(batchSize).lockedBatchSize(batchSize);
        }
        builder.batchTime(batchTime);
        PurgeSettings settings = builder.settings();
        properties.getRetention().forEach((entity, retention) ->
                settings.retention(entity, retention, "reprieve.retention." + entity));
        purge.getArchive().forEach((entity, mode) -> settings.archive(entity, mode, "reprieve.purge.archive." + entity));
        purge.getHold().forEach((entity, predicate) -> settings.hold(entity, predicate, "reprieve.purge.hold." + entity));
    }
}
