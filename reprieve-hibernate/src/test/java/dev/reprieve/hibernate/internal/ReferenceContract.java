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
import dev.reprieve.hibernate.model.ref.Locker;
import dev.reprieve.hibernate.model.ref.Member;
import dev.reprieve.hibernate.model.ref.Pass;
import dev.reprieve.hibernate.model.ref.Product;
import dev.reprieve.hibernate.model.ref.Profile;
import dev.reprieve.hibernate.model.ref.Purchase;
import dev.reprieve.hibernate.model.ref.Seat;
import dev.reprieve.hibernate.model.ref.Token;
import dev.reprieve.hibernate.model.ref.Vault;
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
 * References to missing or deleted rows, one test per row of the table in docs/model.md: inverse one-to-ones
 * (eager and lazy, with and without {@code @OnSoftDelete}, on a {@code SoftDeletableEntity} and on an
 * annotation-only entity) read a missing or deleted partner as null (the partner inside an including-deleted
 * scope); owning references follow their policy, LOAD (the default) or THROW; collections leave deleted elements
 * out; no policy writes a foreign key.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReferenceContract {

    static final Class<?>[] ENTITIES = {Product.class, Line.class, Customer.class, Profile.class, Card.class,
            Vault.class, Locker.class, Purchase.class, Member.class, Badge.class, Pass.class, Seat.class, Token.class};

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    SessionFactory factory;

    abstract TestDatabase database();

    @BeforeAll
    void start() {
        factory = HibernateTestFactory.build(database(), clock, () -> "alice", ENTITIES);
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
            for (String table : List.of("Line", "Purchase", "CustomerFavourite", "Profile", "Card", "Vault", "Locker",
                    "MemberBadge", "Pass", "Seat", "MemberToken", "Member", "Customer", "Product")) {
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
                s.persist(new Vault(11L, "v", customer));
                s.persist(new Locker(12L, "l", customer));
                s.persist(new Badge(30L, "gold", member));
                s.persist(new Pass(31L, "p", member));
                s.persist(new Seat(32L, "s", member));
                s.persist(new Token(33L, "t", member));
            }
        });
    }

    /** Every inverse one-to-one partner of customer 1 and member 1. */
    static Object[] partners(Customer customer, Member member) {
        return new Object[] {customer.profile, customer.card, customer.vault, customer.locker, member.badge, member.pass,
                member.seat, member.token};
    }

    Object[] partnersFound(Session s) {
        return partners(s.find(Customer.class, 1L), s.find(Member.class, 1L));
    }

    Object[] partnersQueried(Session s) {
        return partners(s.createSelectionQuery("from Customer", Customer.class).getSingleResult(),
                s.createSelectionQuery("from Member", Member.class).getSingleResult());
    }

    @Test
    void anOwnerWithoutItsInverseOneToOnePartnerLoadsWithNull() {
        customersWithPartners(false);
        for (Function<Function<Session, Object[]>, Object[]> view : List.<Function<Function<Session, Object[]>, Object[]>>of(this::tx, this::all)) {
            assertThat(view.apply(this::partnersFound)).hasSize(8).containsOnlyNulls();
            assertThat(view.apply(this::partnersQueried)).hasSize(8).containsOnlyNulls();
        }
    }

    @Test
    void aDeletedInverseOneToOnePartnerReadsAsNullAndAsThePartnerInsideAScope() {
        customersWithPartners(true);
        assertThat(this.<String>tx(s -> s.find(Customer.class, 1L).profile.bio)).isEqualTo("bio");
        delete(Profile.class, 10L);
        delete(Card.class, 20L);
        delete(Vault.class, 11L);
        delete(Locker.class, 12L);
        delete(Badge.class, 30L);
        delete(Pass.class, 31L);
        delete(Seat.class, 32L);
        delete(Token.class, 33L);

        assertThat(tx(this::partnersFound)).hasSize(8).containsOnlyNulls();
        assertThat(tx(this::partnersQueried)).hasSize(8).containsOnlyNulls();
        // the owners themselves are alive and load in the default view
        assertThat(this.<String>tx(s -> s.find(Customer.class, 1L).name + s.find(Member.class, 1L).name)).isEqualTo("adabob");

        for (Function<Session, Object[]> read : List.<Function<Session, Object[]>>of(this::partnersFound, this::partnersQueried)) {
            List<Object> inScope = all(s -> {
                Object[] p = read.apply(s);
                return List.of(((Profile) p[0]).isDeleted(), ((Card) p[1]).number, ((Vault) p[2]).code,
                        ((Locker) p[3]).isDeleted(), ((Badge) p[4]).label, ((Pass) p[5]).code, ((Seat) p[6]).code,
                        ((Token) p[7]).deletedAt != null);
            });
            assertThat(inScope).containsExactly(true, "4111", "v", true, "gold", "p", "s", true);
        }
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
        // inside includingDeleted the references are the same rows
        assertThat(this.<List<Object>>all(s -> {
            Line line = s.find(Line.class, 1L);
            return List.of(line.lazyLoad.getName(), line.lazyLoad.isDeleted(), line.eagerLoad.getName(),
                    line.eagerLoad.isDeleted(), line.oneToOneLoad.getName(), line.oneToOneLoad.isDeleted());
        })).containsExactly("p1", true, "p2", true, "p5", true);
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
        // inside includingDeleted a fetch join loads the same rows
        assertThat(this.<List<Object>>all(s -> {
            Line line = s.createSelectionQuery("from Line l left join fetch l.lazyLoad join fetch l.oneToOneLoad",
                    Line.class).getSingleResult();
            return List.of(line.lazyLoad.getName(), line.lazyLoad.isDeleted(), line.oneToOneLoad.getName());
        })).containsExactly("p1", true, "p5");
    }

    @Test
    void anExplicitJoinHidesADeletedTargetAndIncludesItInsideAScope() {
        lineWithDeletedProducts();
        delete(Product.class, 1L);
        String join = "select p.name from Line l join l.lazyLoad p";
        String leftJoin = "select p.name from Line l left join l.lazyLoad p";
        String filtered = "select l.id from Line l join l.lazyLoad p where p.name = 'p1'";
        assertThat(this.<List<String>>tx(s -> s.createSelectionQuery(join, String.class).getResultList())).isEmpty();
        assertThat(this.<List<String>>tx(s -> s.createSelectionQuery(leftJoin, String.class).getResultList()))
                .containsExactly((String) null);
        assertThat(this.<List<Long>>tx(s -> s.createSelectionQuery(filtered, Long.class).getResultList())).isEmpty();
        assertThat(this.<List<Long>>tx(s -> {
            var cb = s.getCriteriaBuilder();
            var q = cb.createQuery(Long.class);
            var line = q.from(Line.class);
            line.join("lazyLoad");
            return s.createSelectionQuery(q.select(line.get("id"))).getResultList();
        })).isEmpty();

        assertThat(this.<List<String>>all(s -> s.createSelectionQuery(join, String.class).getResultList()))
                .containsExactly("p1");
        assertThat(this.<List<String>>all(s -> s.createSelectionQuery(leftJoin, String.class).getResultList()))
                .containsExactly("p1");
        assertThat(this.<List<Long>>all(s -> s.createSelectionQuery(filtered, Long.class).getResultList()))
                .containsExactly(1L);
    }

    @Test
    void collectionsLeaveOutDeletedElementsAndIncludeThemInsideAScope() {
        customersWithPartners(false);
        factory.inTransaction(s -> {
            Customer customer = s.find(Customer.class, 1L);
            s.persist(new Purchase(40L, "tea", customer));
            s.persist(new Purchase(41L, "milk", customer));
            Product kept = new Product(1L, "p1");
            Product gone = new Product(2L, "p2");
            s.persist(kept);
            s.persist(gone);
            customer.favourites.add(kept);
            customer.favourites.add(gone);
        });
        delete(Purchase.class, 41L);
        delete(Product.class, 2L);

        assertThat(this.<List<String>>tx(s -> s.find(Customer.class, 1L).purchases.stream().map(p -> p.item).toList()))
                .containsExactly("tea");
        assertThat(this.<List<String>>tx(s -> s.find(Customer.class, 1L).favourites.stream().map(Product::getName).toList()))
                .containsExactly("p1");
        assertThat(this.<List<String>>tx(s -> s.createSelectionQuery(
                "select p.item from Customer c join c.purchases p order by p.item", String.class).getResultList()))
                .containsExactly("tea");
        assertThat(this.<List<String>>tx(s -> s.createSelectionQuery(
                "select c from Customer c left join fetch c.favourites", Customer.class).getSingleResult()
                .favourites.stream().map(Product::getName).toList())).containsExactly("p1");

        assertThat(this.<List<String>>all(s -> s.find(Customer.class, 1L).purchases.stream().map(p -> p.item).sorted()
                .toList())).containsExactly("milk", "tea");
        assertThat(this.<List<String>>all(s -> s.find(Customer.class, 1L).favourites.stream().map(Product::getName)
                .sorted().toList())).containsExactly("p1", "p2");
        // the deleted elements keep their rows: the foreign key and the join-table row
        assertThat(raw("select count(*) from Purchase where customer_id = 1")).isEqualTo(2);
        assertThat(raw("select count(*) from CustomerFavourite")).isEqualTo(2);
    }

    @Test
    void theGlobalDefaultAppliesToRelationsWithoutAnAnnotation() {
        lineWithDeletedProducts();
        delete(Product.class, 1L);
        var cfg = HibernateTestFactory.configuration(database(), clock, () -> "alice", ENTITIES);
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
