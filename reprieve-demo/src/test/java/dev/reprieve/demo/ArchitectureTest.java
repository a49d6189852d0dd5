package dev.reprieve.demo;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceRule;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.SharedSessionContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules of Reprieve's modules, checked on their compiled main classes (the demo's test classpath holds
 * every module). A module's API packages are what users import; {@code ..spi..} packages are what another Reprieve
 * module or a plug-in builds on; {@code ..internal..} packages are nobody else's business. docs/architecture.md
 * lists the packages of each module.
 */
class ArchitectureTest {

    /** The package segment of each module under {@code dev.reprieve}. */
    private static final List<String> MODULES = List.of("core", "purge", "hibernate", "spring", "admin", "demo");

    /** Where JDBC statements and native queries may be created and run: core's dialect layer and its executor. */
    private static final String[] SQL_PACKAGES = {"dev.reprieve.core.spi.sql.."};

    /** Classes outside the dialect layer that may still run a statement of the dialect's themselves. */
    private static final List<String> SQL_EXECUTORS = List.of(
            // the archive reads the column types of an archived table from an empty result set's metadata
            "dev.reprieve.purge.internal.Archiver");

    /** A call that creates or runs a JDBC statement, or a native SQL query through JPA or Hibernate. */
    private static final DescribedPredicate<JavaCall<?>> RUNS_SQL = DescribedPredicate.describe(
            "creates or runs a JDBC statement or a native query", call -> {
                JavaClass owner = call.getTargetOwner();
                String name = call.getName();
                if (owner.isAssignableTo(Connection.class)) {
                    return Set.of("prepareStatement", "createStatement", "prepareCall", "nativeSQL").contains(name);
                }
                if (owner.isAssignableTo(Statement.class)) {
                    return name.startsWith("execute") || name.equals("addBatch");
                }
                if (owner.isAssignableTo(EntityManager.class) || owner.isAssignableTo(SharedSessionContract.class)) {
                    return name.startsWith("createNative");
                }
                return false;
            });

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.reprieve");
    }

    @Test
    void noModuleUsesAnotherModulesInternals() {
        for (String module : MODULES) {
            String own = "dev.reprieve." + module + "..";
            noClasses().that().resideInAPackage(own)
                    .should().dependOnClassesThat(resideInAPackage("dev.reprieve..internal..").and(not(resideInAPackage(own))))
                    .because("another module's internals may change in any release; what a module offers others is"
                            + " in its API and SPI packages")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void theDemoUsesTheApiOnly() {
        noClasses().that().resideInAPackage("dev.reprieve.demo..")
                .should().dependOnClassesThat(resideInAnyPackage("dev.reprieve..internal..", "dev.reprieve..spi.."))
                .because("the demo is written like a user's application: API packages only")
                .check(classes);
    }

    @Test
    void noSpringInCoreHibernateOrPurge() {
        noClasses().that().resideInAnyPackage("dev.reprieve.core..", "dev.reprieve.hibernate..", "dev.reprieve.purge..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("core, purge and hibernate serve plain Hibernate applications too")
                .check(classes);
    }

    @Test
    void sqlOnlyInTheDialectLayerAndTheExecutor() {
        noClasses().that().resideInAPackage("dev.reprieve..")
                .and().resideOutsideOfPackages(SQL_PACKAGES)
                .and().resideOutsideOfPackage("dev.reprieve.testing..") // test support, not published
                .and(DescribedPredicate.describe("are not an executor",
                        (JavaClass type) -> !SQL_EXECUTORS.contains(type.getName())))
                .should().callCodeUnitWhere(RUNS_SQL)
                .because("one place writes SQL per database and one runs it")
                .check(classes);
    }

    @Test
    void noCyclesBetweenModules() {
        slices().matching("dev.reprieve.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        SliceRule rule = slices().matching("dev.reprieve.(**)").should().beFreeOfCycles();
        for (String module : MODULES) {
            // a module's entry points (ReprieveRuntime.of, Purger) are types of its API package built on its
            // internals, and the internals use the API's values, listeners and exceptions:
            // that pair counts as one unit; every other pair of packages must not form a cycle
            rule = rule.ignoreDependency(resideInAPackage("dev.reprieve." + module + ".internal.."),
                    resideInAPackage("dev.reprieve." + module));
        }
        rule.check(classes);
    }

    @Test
    void apiClassesShowNoInternalTypes() {
        codeUnits().that(DescribedPredicate.describe("are public or protected members users can reach of a class"
                        + " in an API package", ArchitectureTest::reachableApiMember))
                .should(new ArchCondition<JavaCodeUnit>("name no internal type in their signature") {
                    @Override
                    public void check(JavaCodeUnit member, ConditionEvents events) {
                        Set<String> internal = new TreeSet<>();
                        for (JavaClass type : signatureTypes(member)) {
                            if (type.getPackageName().contains(".internal")) {
                                internal.add(type.getName());
                            }
                        }
                        events.add(new SimpleConditionEvent(member, internal.isEmpty(),
                                member.getFullName() + " names internal " + internal));
                    }
                })
                .because("a user of an API package sees only what users call: members that need internal types are"
                        + " Reprieve's own wiring and belong to an internal implementation")
                .check(classes);
    }

    /** A constructor or method a user can call or override: visible member of a class in an API package. */
    private static boolean reachableApiMember(JavaCodeUnit member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        boolean visible = modifiers.contains(JavaModifier.PUBLIC) || (modifiers.contains(JavaModifier.PROTECTED)
                && !member.getOwner().getModifiers().contains(JavaModifier.FINAL));
        return visible && !modifiers.contains(JavaModifier.SYNTHETIC)
                && !modifiers.contains(JavaModifier.BRIDGE) && inApiPackage(member.getOwner())
                && reachable(member.getOwner());
    }

    private static boolean inApiPackage(JavaClass type) {
        String name = type.getPackageName();
        return name.startsWith("dev.reprieve.") && !name.contains(".internal") && !name.contains(".spi")
                && !name.startsWith("dev.reprieve.demo") && !name.startsWith("dev.reprieve.testing");
    }

    /** The class, and every class it is nested in, is public. */
    private static boolean reachable(JavaClass type) {
        for (JavaClass c = type; c != null; c = c.getEnclosingClass().orElse(null)) {
            if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    /** Every class a member's parameters, return type and throws clause name, type arguments included. */
    private static List<JavaClass> signatureTypes(JavaCodeUnit member) {
        List<JavaType> types = new ArrayList<>(member.getParameterTypes());
        types.add(member.getReturnType());
        member.getThrowsClause().getTypes().forEach(types::add);
        List<JavaClass> involved = new ArrayList<>();
        types.forEach(type -> involved.addAll(type.getAllInvolvedRawTypes()));
        return involved;
    }
}
