package dev.reprieve.hibernate.internal;

/**
 * Marks Reprieve's persisters, which hide deleted rows in the default view; startup refuses a
 * soft-deletable entity or collection whose persister is not one of them.
 */
interface AliveRestricting {
}
