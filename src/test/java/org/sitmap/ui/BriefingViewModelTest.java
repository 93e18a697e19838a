package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;

/** The view model without a window: selection, date filtering and edits made as of a date. */
class BriefingViewModelTest {
    private final BriefingViewModel vm = new BriefingViewModel();

    private Annotation zone(String wkt, LocalDate from) throws Exception {
        return Annotation.builder(AnnotationKind.ZONE, new WKTReader().read(wkt)).validFrom(from).build();
    }

    @Test
    void reshapingAsOfALaterDateKeepsTheOldShapeUntilTheDayBefore() throws Exception {
        Annotation z = zone("POLYGON ((35 51, 35.3 51, 35.3 51.3, 35 51.3, 35 51))", LocalDate.of(2024, 8, 6));
        vm.add(z);
        vm.situationDateProperty().set(LocalDate.of(2024, 8, 10));
        Annotation bigger = z.withGeometry(new WKTReader().read(
                "POLYGON ((35 51, 35.5 51, 35.5 51.4, 35 51.4, 35 51))"));
        vm.change(z, bigger, "Reshape zone");

        assertThat(vm.annotations()).hasSize(2);
        Annotation old = vm.briefing().get(z.id());
        assertThat(old.validTo()).isEqualTo(LocalDate.of(2024, 8, 9));
        assertThat(old.geometry().equalsExact(z.geometry())).isTrue();
        Annotation grown = vm.selected();
        assertThat(grown.id()).isNotEqualTo(z.id());
        assertThat(grown.validFrom()).isEqualTo(LocalDate.of(2024, 8, 10));
        assertThat(grown.geometry().getArea()).isGreaterThan(z.geometry().getArea());
        // Each day shows exactly one of them.
        assertThat(vm.visibleAnnotations()).containsExactly(grown);
        vm.situationDateProperty().set(LocalDate.of(2024, 8, 8));
        assertThat(vm.visibleAnnotations()).containsExactly(old);

        vm.undo();
        assertThat(vm.annotations()).hasSize(1);
        assertThat(vm.briefing().get(z.id()).validTo()).isNull();
    }

    @Test
    void withoutADateAnEditReplacesTheShape() throws Exception {
        Annotation z = zone("POLYGON ((35 51, 35.3 51, 35.3 51.3, 35 51.3, 35 51))", null);
        vm.add(z);
        vm.change(z, z.withTitle("Renamed"), "Edit title");
        assertThat(vm.annotations()).hasSize(1);
        assertThat(vm.annotations().get(0).title()).isEqualTo("Renamed");
    }

    @Test
    void readOnlyBriefingsRefuseEditsWithANotice() throws Exception {
        StringBuilder said = new StringBuilder();
        vm.setNoticeSink(n -> said.append(n.title()));
        vm.readOnlyProperty().set(true);
        vm.add(zone("POLYGON ((35 51, 35.3 51, 35.3 51.3, 35 51.3, 35 51))", null));
        assertThat(vm.annotations()).isEmpty();
        assertThat(said.toString()).contains("read-only");
    }

    @Test
    void selectingNeverChangesTheSideOfTheNextDrawing() throws Exception {
        Annotation russian = zone("POLYGON ((35 51, 35.3 51, 35.3 51.3, 35 51.3, 35 51))", null)
                .withSide(org.sitmap.model.Side.RUSSIA);
        org.sitmap.model.Side next = vm.defaultSideProperty().get();
        assertThat(next).isNotEqualTo(org.sitmap.model.Side.RUSSIA);
        vm.add(russian);
        vm.select(null);
        vm.select(russian.id());
        assertThat(vm.defaultSideProperty().get()).isEqualTo(next);
    }

    @Test
    void togglingBuildsASelectionWhosePrimaryIsTheLastAdded() throws Exception {
        Annotation a = zone("POLYGON ((35 51, 35.3 51, 35.3 51.3, 35 51.3, 35 51))", null);
        Annotation b = zone("POLYGON ((36 51, 36.3 51, 36.3 51.3, 36 51.3, 36 51))", null);
        vm.add(a);
        vm.add(b);
        vm.select(a.id());
        vm.toggleSelected(b.id());
        assertThat(vm.selection()).containsExactly(a.id(), b.id());
        assertThat(vm.selected().id()).isEqualTo(b.id());
        vm.toggleSelected(b.id());
        assertThat(vm.selection()).containsExactly(a.id());
        assertThat(vm.selected().id()).isEqualTo(a.id());
        // Whoever picks one annotation as the primary (the Situation list) makes it the whole selection.
        vm.toggleSelected(b.id());
        vm.selectedProperty().set(vm.briefing().get(a.id()));
        assertThat(vm.selection()).containsExactly(a.id(), b.id());
        vm.select(b.id());
        assertThat(vm.selection()).containsExactly(b.id());
    }

    @Test
    void settingDatesOfASelectionIsOneUndoStepAndSplittingKeepsBothHalves() throws Exception {
        Annotation a = zone("POLYGON ((35 51, 35.3 51, 35.3 51.3, 35 51.3, 35 51))", null);
        Annotation b = zone("POLYGON ((36 51, 36.3 51, 36.3 51.3, 36 51.3, 36 51))", null);
        vm.add(a);
        vm.add(b);
        vm.selectAllVisible();
        vm.setValidityOfSelected(LocalDate.of(2024, 8, 6), null);
        assertThat(vm.annotations()).allMatch(x -> LocalDate.of(2024, 8, 6).equals(x.validFrom()));
        vm.situationDateProperty().set(LocalDate.of(2024, 8, 12));
        vm.selectAllVisible();
        vm.splitSelectedAsOfDate();
        assertThat(vm.annotations()).extracting(Annotation::validTo).containsExactly(LocalDate.of(2024, 8, 11),
                null, LocalDate.of(2024, 8, 11), null);
        assertThat(vm.selection()).hasSize(2).doesNotContain(a.id(), b.id());
        vm.undo();
        assertThat(vm.annotations()).hasSize(2);
        vm.undo();
        assertThat(vm.annotations()).allMatch(x -> x.validFrom() == null);
    }

    @Test
    void settingTheSideOfASelectionLeavesLockedOnesAloneAndSaysSo() throws Exception {
        Annotation open = zone("POLYGON ((35 51, 35.3 51, 35.3 51.3, 35 51.3, 35 51))", null);
        Annotation locked = zone("POLYGON ((36 51, 36.3 51, 36.3 51.3, 36 51.3, 36 51))", null).withLocked(true);
        vm.add(open);
        vm.add(locked);
        java.util.List<Notice> notices = new java.util.ArrayList<>();
        vm.setNoticeSink(notices::add);
        vm.selectAllVisible();
        vm.setSideOfSelected(org.sitmap.model.Side.RUSSIA);
        assertThat(vm.briefing().get(open.id()).side()).isEqualTo(org.sitmap.model.Side.RUSSIA);
        assertThat(vm.briefing().get(locked.id()).side()).isEqualTo(locked.side());
        assertThat(notices).extracting(Notice::title).anyMatch(t -> t.contains("locked"));
    }

    @Test
    void aSplitIsRefusedWhereTheDateIsOutsideTheValidity() throws Exception {
        Annotation a = zone("POLYGON ((35 51, 35.3 51, 35.3 51.3, 35 51.3, 35 51))", LocalDate.of(2024, 8, 12));
        vm.add(a);
        assertThat(vm.canSplitSelected()).isFalse();
        vm.situationDateProperty().set(LocalDate.of(2024, 8, 12));
        assertThat(vm.canSplitSelected()).isFalse();
        vm.situationDateProperty().set(LocalDate.of(2024, 8, 13));
        assertThat(vm.canSplitSelected()).isTrue();
    }
}
