/**
 * Erasing rows for good by statement: the one plan of what erasing rows takes along the cascade graph
 * ({@link dev.reprieve.hibernate.spi.erase.ErasePlanner}) and the collection rows a row owns
 * ({@link dev.reprieve.hibernate.spi.erase.OwnedRows}). The admin's erase and the erasure of a data subject
 * build on it; it depends on core's SPI and Hibernate only.
 */
package dev.reprieve.hibernate.spi.erase;
