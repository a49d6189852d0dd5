package dev.reprieve.purge.internal;

import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.core.spi.sql.SqlExecutor;
import dev.reprieve.purge.ArchiveSink;
import dev.reprieve.purge.PurgeListener;
import java.time.Duration;

/**
 * What every piece of a purge run shares: the dialect, its statements, the executor that runs them, the
 * batch limits and the listener. Built once per {@link dev.reprieve.purge.Purger}.
 *
 * @param batchSize       the most rows a range batch erases (types without archive and without dependents)
 * @param lockedBatchSize the most rows a locked batch erases (types that archive or have plain dependents)
 * @param batchTime       how long a batch should take: a slower batch makes the next one smaller
 */
public record PurgeEngine(SoftDeleteDialect dialect, PurgeStatements statements, SqlExecutor sql, int batchSize,
        int lockedBatchSize, Duration batchTime, Archiver archiver, PurgeListener listener) {

    public static PurgeEngine of(SoftDeleteDialect dialect, int batchSize, int lockedBatchSize, Duration batchTime,
            ArchiveSink files, PurgeListener listener) {
        SqlExecutor sql = SqlExecutor.forDialect(dialect);
        return new PurgeEngine(dialect, new PurgeStatements(dialect), sql, batchSize, lockedBatchSize, batchTime,
                new Archiver(dialect, sql, files), listener == null ? PurgeListener.NONE : listener);
    }

    /** This engine with other statements (e.g. those of one tenant). */
    public PurgeEngine with(PurgeStatements other) {
        return new PurgeEngine(dialect, other, sql, batchSize, lockedBatchSize, batchTime, archiver, listener);
    }
}
