package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.export.ExportFormat;
import org.sitmap.export.ExportSpec;
import org.sitmap.export.PageSize;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.store.SampleAnnotations;

/** The export dialog's state without a window: what the user chose becomes the export's spec. */
class ExportViewModelTest {
    private static ExportViewModel viewModel() {
        BriefingViewModel briefing = new BriefingViewModel();
        briefing.briefing().setInfo(briefing.briefing().info().withTitle("Kursk / day 9"));
        briefing.briefing().add(Annotation.builder(AnnotationKind.ZONE,
                SampleAnnotations.wkt("POLYGON ((35 51, 36 51, 36 52, 35 51))")).title("z")
                .validFrom(LocalDate.of(2024, 8, 6)).validTo(LocalDate.of(2024, 8, 14)).build());
        return new ExportViewModel(new MainViewModel(), briefing);
    }

    @Test
    void startsWithTheBriefingsTitleAndDatesAndEveryPieceOfFurniture() {
        ExportViewModel vm = viewModel();
        ExportSpec spec = vm.spec();
        assertThat(spec.title()).isEqualTo("Kursk / day 9");
        assertThat(spec.format()).isEqualTo(ExportFormat.PNG);
        assertThat(spec.legend() && spec.scaleBar() && spec.northArrow() && spec.inset() && spec.attribution())
                .isTrue();
        assertThat(vm.seriesFromProperty().get()).isEqualTo(LocalDate.of(2024, 8, 6));
        assertThat(vm.seriesToProperty().get()).isEqualTo(LocalDate.of(2024, 8, 14));
        assertThat(vm.fileName()).isEqualTo("Kursk  day 9");
        assertThat(vm.formats()).contains(ExportFormat.PNG, ExportFormat.PDF);
    }

    @Test
    void theChoicesBecomeTheSpec() {
        ExportViewModel vm = viewModel();
        vm.formatProperty().set(ExportFormat.PDF);
        vm.sizeProperty().set(ExportViewModel.CUSTOM);
        vm.widthProperty().set(800);
        vm.heightProperty().set(600);
        vm.titleProperty().set("Other");
        vm.notesProperty().set("  ");
        vm.furniture().get(0).set(false);
        vm.furniture().get(3).set(false);
        Envelope area = new Envelope(34, 36, 50, 52);
        vm.extentProperty().set(area);
        ExportSpec spec = vm.spec();
        assertThat(spec.format()).isEqualTo(ExportFormat.PDF);
        assertThat(spec.page()).isEqualTo(PageSize.pixels(800, 600, 96));
        assertThat(spec.title()).isEqualTo("Other");
        assertThat(spec.notes()).isEmpty();
        assertThat(spec.legend()).isFalse();
        assertThat(spec.inset()).isFalse();
        assertThat(spec.scaleBar()).isTrue();
        assertThat(spec.extent()).isEqualTo(area);
        assertThat(vm.describe()).startsWith("PDF · 800 × 600 px");
    }
}
