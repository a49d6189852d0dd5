package dev.reprieve.spring.app;

import dev.reprieve.spring.SoftDeleteRepository;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TodoRepository extends SoftDeleteRepository<Todo, Long> {

    List<Todo> findByTitle(String title);

    Page<Todo> findByTitleContaining(String part, Pageable pageable);

    long countByTitle(String title);

    boolean existsByTitle(String title);

    @Query("select t from Todo t where t.title like :pattern order by t.title")
    List<Todo> search(@Param("pattern") String pattern);

    /** A projection: what a read-only screen asks for. */
    interface TitleOnly {
        String getTitle();
    }

    List<TitleOnly> findAllByOrderByTitle();

    @Query("select t from Todo t join fetch t.list l where l.name = :name")
    List<Todo> findWithList(@Param("name") String name);

    @Modifying
    @Query("delete from Todo t where t.title = :title")
    int bulkDeleteByTitle(@Param("title") String title);
}
