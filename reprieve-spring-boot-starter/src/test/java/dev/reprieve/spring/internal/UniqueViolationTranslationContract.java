package dev.reprieve.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reprieve.spring.AliveUniqueViolationException;
import dev.reprieve.spring.app.Handle;
import dev.reprieve.spring.app.HandleRepository;
import dev.reprieve.spring.app.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A violated {@code @UniqueWhenAlive} key reaches Spring users as Spring's own exception type, naming entity,
 * fields and value, whether a repository call or a transaction's commit fails. Subclasses pick the database.
 */
@SpringBootTest(classes = TestApp.class)
abstract class UniqueViolationTranslationContract {

    @Autowired HandleRepository handles;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void clean() {
        jdbc.update("delete from handle");
    }

    @Test
    void aRepositorySaveThatRepeatsAnAliveValueThrowsDataIntegrityViolationNamingTheKey() {
        handles.save(new Handle("ada"));

        assertThatThrownBy(() -> handles.save(new Handle("ada")))
                .isInstanceOf(DataIntegrityViolationException.class)
                .isInstanceOfSatisfying(AliveUniqueViolationException.class, e -> {
                    assertThat(e.getEntityName()).isEqualTo("Handle");
                    assertThat(e.getFields()).containsExactly("name");
                    assertThat(e.getMessage()).contains("Handle.name").contains("alive");
                });
        assertThat(handles.count()).isEqualTo(1);
    }

    @Test
    void aCommitThatRepeatsAnAliveValueThrowsTheSameException() {
        handles.save(new Handle("ada"));
        Long grace = handles.save(new Handle("grace")).getId();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                handles.findById(grace).orElseThrow().setName("ada")))
                .isInstanceOfSatisfying(AliveUniqueViolationException.class,
                        e -> assertThat(e.getFields()).containsExactly("name"));
    }

    @Test
    void aDeletedHolderDoesNotBlockTheValue() {
        Handle old = handles.save(new Handle("ada"));
        handles.delete(old);

        assertThat(handles.save(new Handle("ada")).getId()).isNotEqualTo(old.getId());
    }
}
