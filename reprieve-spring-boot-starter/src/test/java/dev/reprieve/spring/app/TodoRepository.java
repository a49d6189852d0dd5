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

    @Modifying
    @Query("delete from Todo t where t.title = :title")
    int bulkDeleteByTitle(@Param("title") String title);
}
