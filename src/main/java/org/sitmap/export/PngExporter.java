package org.sitmap.export;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOWriteProgressListener;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes an export page as a PNG: renders it into one {@code TYPE_INT_RGB} image (the map in parallel strips,
 * straight into the page's pixels, no second full-size copy) and encodes it with the DPI in the pHYs chunk, so
 * print and layout programs place it at its intended size. Such images are encoded by {@link PngEncoder} on all
 * cores; others by ImageIO. An 8192 x 8192 page needs 256 MB for the image.
 *
 * <pre>{@code
 * new PngExporter().export(new MapComposer(spec, content), Path.of("map.png"), p -> {}, () -> false);
 * }</pre>
 *
 * <p>Stateless apart from its settings; thread-safe.
 */
public final class PngExporter implements MapExporter {
    /**
     * Deflate level 1. Measured on a 4096 x 4096 theatre map at 192 dpi (2-core machine, JDK 17, warm, median of
     * three): level 1 encodes in 0.8 s to 4.30 MB, level 4 (the JDK default) in 1.0 s to 4.05 MB, level 6 in
     * 1.2 s to 3.98 MB, level 9 in 2.9 s to 3.85 MB. Maps are large flat areas that deflate well at any level,
     * so the fastest level costs 6 % in size and saves a quarter of the encode time against the default
     * ({@code SampleOutputsTest.measureDeflateLevels} repeats the measurement).
     */
    public static final int DEFAULT_DEFLATE_LEVEL = 1;

    private final int deflateLevel;

    public PngExporter() {
        this(DEFAULT_DEFLATE_LEVEL);
    }

    /** @param deflateLevel 0 (store) to 9 (smallest) */
    public PngExporter(int deflateLevel) {
        if (deflateLevel < 0 || deflateLevel > 9) {
            throw new IllegalArgumentException("Deflate level must be 0..9: " + deflateLevel);
        }
        this.deflateLevel = deflateLevel;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.PNG;
    }

    @Override
    public void export(MapComposer composer, Path out, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        DoubleConsumer p = progress == null ? x -> { } : progress;
        p.accept(0.0);
        BufferedImage image = render(composer, cancelled);
        p.accept(0.6);
        AtomicOutput.write(out, tmp -> write(image, composer.layout().spec().page().dpi(), tmp,
                x -> p.accept(0.6 + 0.4 * x), cancelled));
        p.accept(1.0);
    }

    /** Renders the page into a new opaque image. */
    public BufferedImage render(MapComposer composer, BooleanSupplier cancelled) {
        PageSize page = composer.layout().spec().page();
        BufferedImage image = new BufferedImage(page.width(), page.height(), BufferedImage.TYPE_INT_RGB);
        composer.paint(image, cancelled);
        return image;
    }

    /** Encodes {@code image} as PNG at this exporter's deflate level with {@code dpi} in its pHYs chunk. */
    public void write(BufferedImage image, double dpi, Path file, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        if (PngEncoder.accepts(image)) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                new PngEncoder(deflateLevel).write(image, dpi, out, progress, cancelled);
            }
            return;
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("This Java runtime has no PNG writer");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            if (out == null) {
                throw new IOException("cannot write " + file);
            }
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(qualityFor(deflateLevel));
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            setDpi(metadata, dpi);
            boolean[] aborted = {false};
            writer.addIIOWriteProgressListener(new ProgressListener(writer, progress, cancelled, aborted));
            writer.write(null, new IIOImage(image, null, metadata), param);
            if (aborted[0] || cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
        } finally {
            writer.dispose();
        }
    }

    /**
     * The compression quality that makes the JDK's PNG writer use {@code level}: it computes the level as
     * {@code (int) (9 * (1 - quality))}, so aim at the middle of the level's interval to be safe from rounding.
     */
    static float qualityFor(int level) {
        return level >= 9 ? 0f : (float) (1 - (level + 0.5) / 9.0);
    }

    private static void setDpi(IIOMetadata metadata, double dpi) throws IIOInvalidTreeException {
        String format = "javax_imageio_png_1.0";
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        String perMetre = Long.toString(Math.round(dpi / 0.0254));
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(format);
        root.appendChild(phys);
        metadata.mergeTree(format, root);
    }

    /** Forwards the writer's progress and aborts it when the export is cancelled. */
    private record ProgressListener(ImageWriter writer, DoubleConsumer progress, BooleanSupplier cancelled,
            boolean[] aborted) implements IIOWriteProgressListener {
        @Override
        public void imageProgress(ImageWriter source, float percentageDone) {
            progress.accept(Math.min(1, percentageDone / 100.0));
            if (cancelled.getAsBoolean()) {
                aborted[0] = true;
                writer.abort();
            }
        }

        @Override
        public void writeAborted(ImageWriter source) {
            aborted[0] = true;
        }

        @Override
        public void imageStarted(ImageWriter source, int imageIndex) {
        }

        @Override
        public void imageComplete(ImageWriter source) {
        }

        @Override
        public void thumbnailStarted(ImageWriter source, int imageIndex, int thumbnailIndex) {
        }

        @Override
        public void thumbnailProgress(ImageWriter source, float percentageDone) {
        }

        @Override
        public void thumbnailComplete(ImageWriter source) {
        }
    }
}
