package dev.reprieve.spring.errors;

import dev.reprieve.spring.SoftDeleteRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ShelfRepository extends SoftDeleteRepository<Shelf, Long> {

    /** A bulk DELETE: refused, a soft-deletable table is hard-deleted only through {@code hardDelete}. */
    @Modifying
    @Query("delete from Shelf s where s.label = ?1")
    int bulkDeleteByLabel(String label);
}
