package org.sitmap.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.sitmap.render.Fonts;

/**
 * Writes an export page as a one-page vector PDF: the map and its furniture are drawn through
 * {@link PdfBoxGraphics2D}, so borders, zones and arrows stay paths (no page-sized raster) and titles, legend and
 * attribution stay text in the embedded DejaVu fonts, selectable and searchable. Paper presets give a true A4 or
 * A3 page; pixel sizes give a page of {@code pixels * 72 / dpi} points.
 *
 * <p>The page is drawn in the page's pixel grid scaled by {@code 72 / dpi}, so the PDF has the same layout, label
 * choice and level of detail as a PNG of the same {@link PageSize}.
 *
 * <pre>{@code
 * new PdfExporter().export(new MapComposer(spec, content), Path.of("map.pdf"), p -> {}, () -> false);
 * }</pre>
 *
 * <p>Stateless; thread-safe.
 */
public final class PdfExporter implements MapExporter {
    private static final String[] FONT_FILES = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"};

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public void export(MapComposer composer, Path out, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        DoubleConsumer p = progress == null ? x -> { } : progress;
        p.accept(0.0);
        ExportSpec spec = composer.layout().spec();
        PageSize size = spec.page();
        PDRectangle box = new PDRectangle((float) size.widthPoints(), (float) size.heightPoints());
        try (PDDocument doc = new PDDocument(); PdfBoxGraphics2DFontTextDrawer fonts = fontDrawer()) {
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, box.getWidth(), box.getHeight());
            PDFormXObject form;
            try {
                g.setFontTextDrawer(fonts);
                g.setDrawControl(new MarkedDrawing());
                g.scale(size.widthPoints() / size.width(), size.heightPoints() / size.height());
                composer.paint(g, cancelled);
            } finally {
                g.dispose();
            }
            form = g.getXFormObject();
            p.accept(0.7);
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            PDPage page = new PDPage(box);
            // The drawing goes straight into the page's content stream (rather than a form the page calls), so
            // the page is as plain as a PDF written by hand: readers and print shops handle it best.
            page.setResources(form.getResources());
            PDStream contents = new PDStream(doc);
            try (InputStream in = form.getContentStream().createInputStream();
                    OutputStream os = contents.createOutputStream(COSName.FLATE_DECODE)) {
                in.transferTo(os);
            }
            page.setContents(contents);
            addLinks(page, composer, size);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(spec.title().isEmpty() ? "Situation map" : spec.title());
            if (!spec.subtitle().isEmpty()) {
                info.setSubject(spec.subtitle());
            }
            info.setCreator("Sitmap");
            info.setCreationDate(Calendar.getInstance());
            AtomicOutput.write(out, tmp -> doc.save(tmp.toFile()));
        }
        p.accept(1.0);
    }

    /** Makes each source's web address printed in the attribution band a link a reader can click. */
    private static void addLinks(PDPage page, MapComposer composer, PageSize size) throws IOException {
        double sx = size.widthPoints() / size.width();
        double sy = size.heightPoints() / size.height();
        for (AttributionBand.Link l : composer.links()) {
            PDActionURI action = new PDActionURI();
            action.setURI(l.url());
            PDAnnotationLink link = new PDAnnotationLink();
            link.setAction(action);
            PDBorderStyleDictionary none = new PDBorderStyleDictionary();
            none.setWidth(0);
            link.setBorderStyle(none);
            Rectangle2D b = l.box();
            link.setRectangle(new PDRectangle((float) (b.getX() * sx), (float) ((size.height() - b.getMaxY()) * sy),
                    (float) (b.getWidth() * sx), (float) (b.getHeight() * sy)));
            page.getAnnotations().add(link);
        }
    }

    /** A text drawer that knows the bundled fonts, so text is written as text with the font file embedded. */
    private static PdfBoxGraphics2DFontTextDrawer fontDrawer() throws IOException {
        PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawer();
        Font[] javaFonts = {Fonts.regular(10), Fonts.bold(10), Fonts.italic(10)};
        for (int i = 0; i < FONT_FILES.length; i++) {
            try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + FONT_FILES[i])) {
                if (in == null) {
                    throw new IllegalStateException("Bundled font missing from the application: " + FONT_FILES[i]);
                }
                // The drawer finds a registered font by the AWT font name of the Font being drawn.
                drawer.registerFont(javaFonts[i].getFontName(), in);
            }
        }
        return drawer;
    }
}
