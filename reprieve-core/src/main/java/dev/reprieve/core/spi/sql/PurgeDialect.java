package dev.reprieve.core.spi.sql;

import dev.reprieve.core.SoftDeleteTable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What differs between database families in the retention purge's SQL: how a query is limited, how a row
 * becomes archive JSON, the archive and cluster-lock tables, how instants are bound, and the purge session's
 * settings. Part of {@link SoftDeleteDialect}. The purge's conditions themselves (which rows may go) are
 * written once, on top of these, by the purge engine.
 */
public interface PurgeDialect {

    /** The single table archived rows go to, when an entity archives to the database. */
    String ARCHIVE_TABLE = "reprieve_archive";

    /** How a query keeps its first {@code n} rows. */
    default String limit(int n) {
        return " FETCH FIRST " + n + " ROWS ONLY";
    }

    /** A JSON object of the given columns of alias {@code t}, as text, for the archive's payload. */
    String rowAsJson(SoftDeleteTable t, List<TableColumn> columns);

    /** An id as text, for the archive's {@code row_id}. */
    default String idAsText(String expression) {
        return "CAST(" + expression + " AS VARCHAR(255))";
    }

    /** DDL creating the archive table and its index when missing. */
    List<String> createArchiveTable();

    /** DDL creating ShedLock's lock table when missing, as ShedLock documents it for this database. */
    List<String> createLockTable(String name);

    /** Binds an instant to a {@code deleted_at}-typed parameter, as Hibernate stores {@code Instant}. */
    default void bindInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setObject(index, value.atOffset(ZoneOffset.UTC));
    }

    /** Reads a {@code deleted_at}-typed column as an instant; {@code null} stays {@code null}. */
    default Instant readInstant(ResultSet rs, int index) throws SQLException {
        OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The lowest and highest id of a table, by its primary key. Columns: min, max. */
    default SqlStatement idBounds(SoftDeleteTable t) {
        return SqlStatement.of("SELECT MIN(" + t.idColumn() + "), MAX(" + t.idColumn() + ") FROM " + t.table());
    }

    /**
     * Whether a single-table {@code DELETE} may name its table with an alias; without one, the statement
     * qualifies the table's columns by the table name.
     */
    default boolean deleteTakesAlias() {
        return true;
    }

    /**
     * Statements run on the purge's connection before its batches. Batches repeat the same statement with
     * new cutoff and cursor values, so a database that caches generic plans must plan each one for its values.
     */
    default List<String> beginPurgeSession() {
        return List.of();
    }

    /** Undoes {@link #beginPurgeSession} before the connection goes back to the pool. */
    default List<String> endPurgeSession() {
        return List.of();
    }

    /** Counts a table's expired rows (deleted before {@code cutoff}), held or not: the progress log's "of". */
    default SqlStatement countExpired(SoftDeleteTable t, Instant cutoff) {
        return SqlStatement.builder("SELECT COUNT(*) FROM " + t.table() + " WHERE " + t.deletedAtColumn() + " < ")
                .bind(cutoff).build();
    }

    /**
     * Counts alive, deleted and expired rows of a table in one scan. Binds: the cutoff, when not {@code null}.
     * Columns: alive, deleted, expired (0 without a cutoff).
     */
    default SqlStatement countByState(SoftDeleteTable t, Instant cutoff) {
        String at = t.deletedAtColumn();
        SqlStatement.Builder sql = SqlStatement.builder("SELECT COALESCE(SUM(CASE WHEN " + at
                + " IS NULL THEN 1 ELSE 0 END), 0), COUNT(" + at + "), ");
        if (cutoff == null) {
            sql.sql("0");
        } else {
            sql.sql("COALESCE(SUM(CASE WHEN " + at + " < ").bind(cutoff).sql(" THEN 1 ELSE 0 END), 0)");
        }
        return sql.sql(" FROM " + t.table()).build();
    }

    /** Copies the given rows of entity {@code entityName} into the archive table, stamped {@code purgedAt}. */
    default SqlStatement archiveRows(SoftDeleteTable t, List<TableColumn> columns, String entityName,
            Instant purgedAt, List<?> ids) {
        return SqlStatement.builder("INSERT INTO " + ARCHIVE_TABLE
                        + " (entity_name, row_id, deleted_at, purged_at, payload) SELECT ").bind(entityName)
                .sql(", " + idAsText("t." + t.idColumn()) + ", t." + t.deletedAtColumn() + ", ").bind(purgedAt)
                .sql(", " + rowAsJson(t, columns) + " FROM " + t.table() + " t WHERE t." + t.idColumn() + " IN (")
                .bindAll(ids).sql(")").build();
    }

    /** Reads whole rows by id, for the file archive. */
    default SqlStatement selectRowsByIds(SoftDeleteTable t, List<?> ids) {
        return SqlStatement.builder("SELECT * FROM " + t.table() + " WHERE " + t.idColumn() + " IN (").bindAll(ids)
                .sql(")").build();
    }

    /**
     * The archive table's rows of the given entities, for the erasure of a data subject. Columns: entity_name,
     * row_id, payload (the row as JSON text).
     */
    default SqlStatement archivedRows(List<String> entityNames) {
        return SqlStatement.builder("SELECT entity_name, row_id, payload FROM " + ARCHIVE_TABLE + " WHERE entity_name IN (")
                .bindAll(entityNames).sql(")").build();
    }

    /** Deletes archived rows of one entity by their {@code row_id}. */
    default SqlStatement eraseArchived(String entityName, List<String> rowIds) {
        return SqlStatement.builder("DELETE FROM " + ARCHIVE_TABLE + " WHERE entity_name = ").bind(entityName)
                .sql(" AND row_id IN (").bindAll(rowIds).sql(")").build();
    }

    /** Returns no row, only the table's columns in its metadata. */
    default String selectNoRows(SoftDeleteTable t) {
        return "SELECT * FROM " + t.table() + " WHERE 1 = 0";
    }

}
