package org.restride;

import com.tngtech.archunit.core.domain.JavaField;
import java.util.ArrayList;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaModifier;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.restride.text.Words;

/**
 * The layers: domain &lt; store (with library, codec, io and exchange, which read and write it) &lt; app (the use
 * cases; {@code Workspace} is their one factory) &lt; handout &lt; ui and cli. Text is a leaf every layer but the
 * domain may use. A layer never depends on one above it.
 */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.restride");

    /**
     * Window classes that still reach into the store for a repository or one of its records, to be moved behind
     * the app layer one by one. The list may only shrink: {@link #theUiStoreListOnlyShrinks} fails on a name in it
     * that no longer touches the store.
     */
    static final Set<String> UI_STILL_ON_STORE = Set.of(
            "org.restride.ui.CompositionRoot", "org.restride.ui.RestrideApp", "org.restride.ui.FirstStart",
            "org.restride.ui.exercises.LibraryViewModel", "org.restride.ui.exercises.PicturesViewModel",
            "org.restride.ui.exercises.PicturesPane",
            "org.restride.ui.history.HistoryViewModel", "org.restride.ui.history.IssuedHandoutsViewModel",
            "org.restride.ui.patients.PatientFormViewModel", "org.restride.ui.patients.PatientsViewModel",
            "org.restride.ui.preview.HandoutViewModel",
            "org.restride.ui.roadmap.RoadmapEditorView",
            "org.restride.ui.safety.BackupsViewModel", "org.restride.ui.safety.OpeningDialogs",
            "org.restride.ui.search.ExerciseSearchPane", "org.restride.ui.search.ExerciseSearchViewModel",
            "org.restride.ui.settings.SettingsViewModel");

    private static final String[] STORE_TIER = {"org.restride.store..", "org.restride.library..",
        "org.restride.codec..", "org.restride.io..", "org.restride.exchange.."};

    @Test
    void theCoreKnowsNothingOfTheUi() {
        noClasses().that().resideInAnyPackage("org.restride.domain..", "org.restride.store..", "org.restride.library..",
                        "org.restride.handout..", "org.restride.codec..", "org.restride.app..", "org.restride.io..",
                        "org.restride.figure..", "org.restride.exchange..", "org.restride.text..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.restride.ui..", "org.controlsfx..",
                        "atlantafx..", "org.restride.cli..")
                .check(CLASSES);
    }

    @Test
    void theDomainIsPure() {
        noClasses().that().resideInAPackage("org.restride.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "com.fasterxml..", "org.apache.pdfbox..",
                        "org.restride.store..", "org.restride.library..", "org.restride.codec..", "org.restride.text..",
                        "org.restride.app..", "org.restride.handout..", "org.restride.exchange..", "org.restride.io..")
                .check(CLASSES);
    }

    @Test
    void theStoreTierKnowsNothingOfTheUseCasesAbove() {
        noClasses().that().resideInAnyPackage(STORE_TIER)
                .should().dependOnClassesThat().resideInAnyPackage("org.restride.app..", "org.restride.handout..")
                .check(CLASSES);
    }

    @Test
    void theUseCasesKnowNothingOfTheHandoutsLayoutOrWindow() {
        noClasses().that().resideInAPackage("org.restride.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.restride.handout..", "org.restride.cli..")
                .check(CLASSES);
    }

    @Test
    void aHandoutRequestIsAssembledByTheAppLayerNotFromTheStore() {
        noClasses().that().haveFullyQualifiedName("org.restride.handout.HandoutRequests")
                .should().dependOnClassesThat().resideInAPackage("org.restride.store..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.restride.app.Workspace")
                .check(CLASSES);
    }

    @Test
    void theWindowAndTheCommandLineDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("org.restride.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.restride.ui..").check(CLASSES);
    }

    @Test
    void theWindowGoesThroughTheAppLayerNotTheStore() {
        noClasses().that().resideInAPackage("org.restride.ui..").and(notYetMoved())
                .should().dependOnClassesThat().resideInAPackage("org.restride.store..")
                .check(CLASSES);
    }

    @Test
    void theUiStoreListOnlyShrinks() {
        Set<String> clean = new TreeSet<>();
        for (String name : UI_STILL_ON_STORE) {
            if (CLASSES.contain(name) && CLASSES.get(name).getDirectDependenciesFromSelf().stream()
                    .noneMatch(d -> d.getTargetClass().getPackageName().startsWith("org.restride.store"))
                    && nested(name).stream().noneMatch(ArchitectureTest::touchesStore)) {
                clean.add(name);
            }
        }
        assertEquals(Set.of(), clean, "these no longer touch the store: take them off UI_STILL_ON_STORE");
    }

    @Test
    void theUiFeaturesHaveNoCycles() {
        slices().matching("org.restride.ui.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theProgressRulesNeedNothingButJavaAndTheDomain() {
        classes().that().resideInAnyPackage("org.restride.domain.progress..", "org.restride.domain.walkrun..",
                        "org.restride.domain.measure..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.restride.domain..")
                .check(CLASSES);
    }

    @Test
    void theWordsDependOnNothingOfOurs() {
        classes().that().resideInAPackage("org.restride.text..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.restride.text..")
                .check(CLASSES);
    }

    /**
     * The window's words are made once and handed on by constructor, never made again by a view or view-model:
     * {@code RestrideApp} makes them (JavaFX makes it with no arguments, and its opening dialogs speak before the
     * window exists) and hands them to {@code CompositionRoot}, whose shorter constructors (for tests) take English.
     * Words in the clinic's or a handout's language come from {@code app.ClinicWords}, handed on the same way.
     */
    @Test
    void theWindowsWordsAreMadeOnceAndHandedOn() {
        Set<String> makers = Set.of("org.restride.ui.RestrideApp", "org.restride.ui.CompositionRoot");
        noClasses().that().resideInAPackage("org.restride.ui..")
                .and(DescribedPredicate.describe("are not where the window is made " + makers,
                        c -> !makers.contains(c.getName().replaceAll("\\$.*", ""))))
                .should().callMethod(Words.class, "english")
                .orShould().callMethod(Words.class, "of", Locale.class)
                .check(CLASSES);
    }

    @Test
    void noPrivateMemberIsDead() {
        List<String> dead = new ArrayList<>();
        for (JavaClass c : CLASSES) {
            c.getMethods().stream()
                    .filter(m -> m.getModifiers().contains(JavaModifier.PRIVATE) && !m.getModifiers().contains(JavaModifier.SYNTHETIC))
                    .filter(m -> !m.getName().startsWith("lambda$") && m.getAccessesToSelf().isEmpty())
                    .filter(m -> !(c.isEnum() && List.of("values", "valueOf").contains(m.getName())))
                    .forEach(m -> dead.add(m.getFullName()));
            c.getFields().stream()
                    .filter(f -> f.getModifiers().contains(JavaModifier.PRIVATE) && !f.getModifiers().contains(JavaModifier.SYNTHETIC))
                    .filter(f -> !f.getName().equals("serialVersionUID") && !f.getName().startsWith("$"))
                    .filter(f -> !c.isRecord() && !inlinedConstant(f))
                    .filter(f -> f.getAccessesToSelf().stream().noneMatch(a -> a.getAccessType() == JavaFieldAccess.AccessType.GET))
                    .forEach(f -> dead.add(f.getFullName()));
        }
        assertEquals(List.of(), dead, "never used: remove them");
    }

    /** A static final number or string: the compiler copies its value where it is used, so no access is seen. */
    private static boolean inlinedConstant(JavaField f) {
        return f.getModifiers().containsAll(List.of(JavaModifier.STATIC, JavaModifier.FINAL))
                && (f.getRawType().isPrimitive() || f.getRawType().isEquivalentTo(String.class));
    }

    private static DescribedPredicate<JavaClass> notYetMoved() {
        return DescribedPredicate.describe("are not listed as still on the store",
                c -> !UI_STILL_ON_STORE.contains(c.getName().replaceAll("\\$.*", "")));
    }

    private static List<JavaClass> nested(String outer) {
        return CLASSES.stream().filter(c -> c.getName().startsWith(outer + "$")).toList();
    }

    private static boolean touchesStore(JavaClass c) {
        return c.getDirectDependenciesFromSelf().stream()
                .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("org.restride.store"));
    }
}
