package dev.reprieve.hibernate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reprieve.core.DeletedReferenceException;
import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.Visibility;
import dev.reprieve.hibernate.ReprieveSettings;
import dev.reprieve.hibernate.VisibilityScope;
import dev.reprieve.hibernate.model.ref.Badge;
import dev.reprieve.hibernate.model.ref.Card;
import dev.reprieve.hibernate.model.ref.Customer;
import dev.reprieve.hibernate.model.ref.Line;
import dev.reprieve.hibernate.model.ref.Member;
import dev.reprieve.hibernate.model.ref.Product;
import dev.reprieve.hibernate.model.ref.Profile;
import dev.reprieve.testing.MutableClock;
import dev.reprieve.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * To-one references to missing or deleted rows, one test per row of the table in docs/model.md: inverse
 * one-to-ones read a missing or deleted partner as null (the partner inside an including-deleted scope);
 * owning references follow their policy, LOAD (the default) or THROW; no policy writes a foreign key.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReferenceContract {

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    SessionFactory factory;

    abstract TestDatabase database();

    @BeforeAll
    void start() {
        factory = HibernateTestFactory.build(database(), clock, () -> "alice", Product.class, Line.class, Customer.class,
                Profile.class, Card.class, Member.class, Badge.class);
    }

    @AfterAll
    void stop() {
        if (factory != null) {
            factory.close();
        }
    }

    @BeforeEach
    void clean() {
        HardDeletes.run(() -> factory.inTransaction(s -> {
            for (String table : List.of("Line", "Profile", "Card", "MemberBadge", "Member", "Customer", "Product")) {
                s.createNativeMutationQuery("delete from " + table).executeUpdate();
            }
        }));
    }

    <T> T tx(Function<Session, T> work) {
        return factory.fromTransaction(work::apply);
    }

    <T> T all(Function<Session, T> work) {
        return factory.fromTransaction(s -> VisibilityScope.call(s, Visibility.ALL, () -> work.apply(s)));
    }

    void delete(Class<?> type, Object id) {
        factory.inTransaction(s -> s.remove(s.find(type, id)));
    }

    long raw(String sql) {
        return tx(s -> ((Number) s.createNativeQuery(sql, Object.class).getSingleResult()).longValue());
    }

    void customersWithPartners(boolean withPartners) {
        factory.inTransaction(s -> {
            Customer customer = new Customer(1L, "ada");
            Member member = new Member(1L, "bob");
            s.persist(customer);
            s.persist(member);
            if (withPartners) {
                s.persist(new Profile(10L, "bio", customer));
                s.persist(new Card(20L, "4111", customer));
                s.persist(new Badge(30L, "gold", member));
            }
        });
    }

    @Test
    void anOwnerWithoutItsInverseOneToOnePartnerLoadsWithNull() {
        customersWithPartners(false);
        for (Function<Function<Session, Object[]>, Object[]> view : List.<Function<Function<Session, Object[]>, Object[]>>of(this::tx, this::all)) {
            Object[] found = view.apply(s -> {
                Customer customer = s.find(Customer.class, 1L);
                Member member = s.find(Member.class, 1L);
                return new Object[] {customer.profile, customer.card, member.badge};
            });
            assertThat(found).containsOnlyNulls();
            Object[] queried = view.apply(s -> {
                Customer customer = s.createSelectionQuery("from Customer", Customer.class).getSingleResult();
                Member member = s.createSelectionQuery("from Member", Member.class).getSingleResult();
                return new Object[] {customer.profile, customer.card, member.badge};
            });
            assertThat(queried).containsOnlyNulls();
        }
    }

    @Test
    void aDeletedInverseOneToOnePartnerReadsAsNullAndAsThePartnerInsideAScope() {
        customersWithPartners(true);
        assertThat(this.<String>tx(s -> s.find(Customer.class, 1L).profile.bio)).isEqualTo("bio");
        delete(Profile.class, 10L);
        delete(Card.class, 20L);
        delete(Badge.class, 30L);

        Object[] found = tx(s -> {
            Customer customer = s.find(Customer.class, 1L);
            Member member = s.find(Member.class, 1L);
            return new Object[] {customer.profile, customer.card, member.badge};
        });
        assertThat(found).containsOnlyNulls();
        Object[] queried = tx(s -> {
            Customer customer = s.createSelectionQuery("from Customer", Customer.class).getSingleResult();
            Member member = s.createSelectionQuery("from Member", Member.class).getSingleResult();
            return new Object[] {customer.profile, customer.card, member.badge};
        });
        assertThat(queried).containsOnlyNulls();

        List<Object> inScope = all(s -> {
            Customer customer = s.find(Customer.class, 1L);
            Member member = s.find(Member.class, 1L);
            return List.of(customer.profile.isDeleted(), customer.card.number, member.badge.label);
        });
        assertThat(inScope).containsExactly(true, "4111", "gold");
    }

    @Test
    void savingAnOwnerWhosePartnerReadsAsNullKeepsThePartnersForeignKey() {
        customersWithPartners(true);
        delete(Profile.class, 10L);
        factory.inTransaction(s -> s.find(Customer.class, 1L).name = "ada lovelace");
        assertThat(raw("select count(*) from Profile where customer_id = 1")).isEqualTo(1);
        assertThat(raw("select count(*) from Card where customer_id = 1")).isEqualTo(1);
    }

    void lineWithDeletedProducts() {
        factory.inTransaction(s -> {
            for (long id = 1; id <= 6; id++) {
                s.persist(new Product(id, "p" + id));
            }
            Line line = new Line(1L);
            line.note = "first";
            line.lazyLoad = s.getReference(Product.class, 1L);
            line.eagerLoad = s.getReference(Product.class, 2L);
            line.lazyThrow = s.getReference(Product.class, 3L);
            line.eagerThrow = s.getReference(Product.class, 4L);
            line.oneToOneLoad = s.getReference(Product.class, 5L);
            line.oneToOneThrow = s.getReference(Product.class, 6L);
            s.persist(line);
        });
    }

    @Test
    void loadReferencesHandOutTheDeletedRowFlaggedDeleted() {
        lineWithDeletedProducts();
        factory.inTransaction(s -> s.createSelectionQuery("from Product where id in (1, 2, 5)", Product.class)
                .getResultList().forEach(s::remove));

        List<Object> viaFind = tx(s -> {
            Line line = s.find(Line.class, 1L);
            return List.of(line.lazyLoad.getName(), line.lazyLoad.isDeleted(), line.eagerLoad.getName(),
                    line.eagerLoad.isDeleted(), line.oneToOneLoad.getName(), line.oneToOneLoad.isDeleted());
        });
        assertThat(viaFind).containsExactly("p1", true, "p2", true, "p5", true);
        List<Object> viaQuery = tx(s -> {
            Line line = s.createSelectionQuery("from Line", Line.class).getSingleResult();
            return List.of(line.lazyLoad.getName(), line.eagerLoad.getName(), line.oneToOneLoad.getName());
        });
        assertThat(viaQuery).containsExactly("p1", "p2", "p5");
        // the deleted rows still do not come back by themselves
        assertThat(this.<Product>tx(s -> s.find(Product.class, 1L))).isNull();
        assertThat(this.<Long>tx(s -> s.createSelectionQuery("select count(p) from Product p", Long.class).getSingleResult()))
                .isEqualTo(3L);
        assertThat(this.<List<String>>tx(s -> s.createSelectionQuery("select p.name from Line l join l.lazyLoad p", String.class)
                .getResultList())).isEmpty();
        // in the same session: the reference loaded the row, a find still says not found
        assertThat(this.<Product>tx(s -> {
            s.find(Line.class, 1L).lazyLoad.getName();
            return s.find(Product.class, 1L);
        })).isNull();
    }

    @Test
    void throwReferencesFailNamingOwnerRelationAndTarget() {
        lineWithDeletedProducts();
        delete(Product.class, 3L);
        assertThatThrownBy(() -> tx(s -> s.find(Line.class, 1L).lazyThrow.getName()))
                .isInstanceOf(DeletedReferenceException.class)
                .hasMessageContaining("Line").hasMessageContaining("lazyThrow").hasMessageContaining("Product with id 3");
        delete(Product.class, 6L);
        assertThatThrownBy(() -> tx(s -> s.find(Line.class, 1L).oneToOneThrow.getName()))
                .isInstanceOf(DeletedReferenceException.class).hasMessageContaining("oneToOneThrow");
        delete(Product.class, 4L);
        assertThatThrownBy(() -> tx(s -> s.find(Line.class, 1L)))
                .isInstanceOf(DeletedReferenceException.class).hasMessageContaining("eagerThrow")
                .hasMessageContaining("Product with id 4");
        assertThatThrownBy(() -> tx(s -> s.createSelectionQuery("from Line", Line.class).getResultList()))
                .isInstanceOf(DeletedReferenceException.class);
        assertThat(this.<List<String>>all(s -> {
            Line line = s.find(Line.class, 1L);
            return List.of(line.lazyThrow.getName(), line.eagerThrow.getName(), line.oneToOneThrow.getName());
        })).containsExactly("p3", "p4", "p6");
    }

    @Test
    void aFetchJoinLoadsADeletedReferenceAndSavingTheOwnerKeepsItsForeignKey() {
        lineWithDeletedProducts();
        factory.inTransaction(s -> s.createSelectionQuery("from Product where id in (1, 5)", Product.class)
                .getResultList().forEach(s::remove));
        List<Object> fetched = tx(s -> {
            Line line = s.createSelectionQuery("from Line l left join fetch l.lazyLoad join fetch l.oneToOneLoad",
                    Line.class).getSingleResult();
            line.note = "fetched";
            return List.of(line.lazyLoad.getName(), line.lazyLoad.isDeleted(), line.oneToOneLoad.getName());
        });
        assertThat(fetched).containsExactly("p1", true, "p5");
        assertThat(raw("select count(*) from Line where note = 'fetched' and lazyLoad_id = 1 and oneToOneLoad_id = 5"))
                .isEqualTo(1);
        // a join that is not a fetch still hides the deleted row
        assertThat(this.<List<Long>>tx(s -> s.createSelectionQuery("select l.id from Line l join l.lazyLoad p", Long.class)
                .getResultList())).isEmpty();
    }

    @Test
    void theGlobalDefaultAppliesToRelationsWithoutAnAnnotation() {
        lineWithDeletedProducts();
        delete(Product.class, 1L);
        var cfg = HibernateTestFactory.configuration(database(), clock, () -> "alice", Product.class, Line.class,
                Customer.class, Profile.class, Card.class, Member.class, Badge.class);
        cfg.setProperty(org.hibernate.cfg.AvailableSettings.HBM2DDL_AUTO, "none");
        cfg.getProperties().put(ReprieveSettings.REFERENCES, "throw");
        try (SessionFactory strict = cfg.buildSessionFactory()) {
            assertThatThrownBy(() -> strict.fromTransaction(s -> s.find(Line.class, 1L).lazyLoad.getName()))
                    .isInstanceOf(DeletedReferenceException.class).hasMessageContaining("lazyLoad");
        }
    }

    @Test
    void noPolicyWritesTheForeignKeyWhenTheOwnerIsSaved() {
        lineWithDeletedProducts();
        factory.inTransaction(s -> s.createSelectionQuery("from Product where id in (1, 2, 3, 5)", Product.class)
                .getResultList().forEach(s::remove));
        factory.inTransaction(s -> {
            Line line = s.find(Line.class, 1L);
            line.lazyLoad.getName();
            line.note = "changed";
        });
        assertThat(raw("select count(*) from Line where note = 'changed' and lazyLoad_id = 1 and eagerLoad_id = 2"
                + " and lazyThrow_id = 3 and oneToOneLoad_id = 5")).isEqualTo(1);
    }
}
