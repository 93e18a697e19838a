package org.sitmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.app.DefaultExtent;
import org.sitmap.app.MapExport;
import org.sitmap.basemap.BaseMapStyles;
import org.sitmap.cli.SitmapCli.CliException;
import org.sitmap.export.ExportContent;
import org.sitmap.export.ExportFormat;
import org.sitmap.export.ExportSpec;
import org.sitmap.export.GifSeriesExporter;
import org.sitmap.export.MapComposer;
import org.sitmap.export.MapExporters;
import org.sitmap.export.PageSize;
import org.sitmap.export.SeriesExporter;
import org.sitmap.geo.GeoJsonException;
import org.sitmap.geo.LayerIndex;
import org.sitmap.geo.LayerReaders;
import org.sitmap.geo.LoadResult;
import org.sitmap.geo.WebMercator;
import org.sitmap.model.Annotation;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;
import org.sitmap.model.LayerStyle;
import org.sitmap.model.MapLayer;
import org.sitmap.model.PlaceNames;
import org.sitmap.render.RenderLayer;
import org.sitmap.store.BriefingFile;
import org.sitmap.store.BriefingFileException;
import org.sitmap.store.Messages;
import org.sitmap.style.StyleSheet;
import org.sitmap.style.StyleSheets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitmap export BRIEFING.gpkg --out map.png}: draws a briefing as a finished map (title, legend, scale bar,
 * north arrow, locator inset, attribution) into a PNG or a vector PDF, without a display.
 */
@Command(name = "export", description = "Export a briefing as a finished map: PNG image or vector PDF.")
public final class ExportSubcommand implements Callable<Integer> {
    private static final Pattern SIZE = Pattern.compile("\\s*(\\d{1,6})\\s*[xX]\\s*(\\d{1,6})\\s*");

    @Parameters(index = "0", paramLabel = "BRIEFING", description = "Briefing file (.gpkg)")
    Path briefingFile;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Output file (.png, .pdf)")
    Path out;

    @Option(names = "--bbox", paramLabel = "minLon,minLat,maxLon,maxLat",
            description = "Area to show (default: the briefing's saved view, else its annotations, else the theatre)")
    String bbox;

    @Option(names = "--size", paramLabel = "WxH", description = "Image size in pixels (default 1920x1080)")
    String size;

    @Option(names = "--paper", paramLabel = "A4|A3", description = "Paper size instead of --size")
    String paper;

    @Option(names = "--landscape", description = "Landscape paper (the default)")
    boolean landscape;

    @Option(names = "--portrait", description = "Portrait paper")
    boolean portrait;

    @Option(names = "--dpi", paramLabel = "N", description = "Dots per inch (default 96 for --size, 300 for --paper)")
    Double dpi;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Situation as of this date (default: the briefing's situation date, else everything)")
    String date;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title (default: the briefing's title)")
    String title;

    @Option(names = "--format", paramLabel = "png|pdf", description = "File type (default: from the extension)")
    String format;

    @Option(names = "--layer", paramLabel = "FILE.geojson",
            description = "Extra border layer drawn over the base map (repeatable)")
    List<Path> layers = new ArrayList<>();

    @Option(names = "--no-legend", description = "Leave out the legend")
    boolean noLegend;

    @Option(names = "--no-scale-bar", description = "Leave out the scale bar")
    boolean noScaleBar;

    @Option(names = "--no-north-arrow", description = "Leave out the north arrow")
    boolean noNorthArrow;

    @Option(names = "--no-inset", description = "Leave out the locator inset")
    boolean noInset;

    @Option(names = "--no-attribution", description = "Leave out the attribution line")
    boolean noAttribution;

    @Option(names = "--label-layers", description = "Label the --layer files' features by their 'name'")
    boolean labelLayers;

    @Option(names = "--no-base-map", description = "Draw only the --layer files and the annotations, without the "
            + "bundled borders and places")
    boolean noBaseMap;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Text of a notes box under the title")
    String notes;

    @Option(names = "--place-names", paramLabel = "en|local|uk|ru",
            description = "Language of the base map's place names (default: the briefing's choice, else English)")
    String placeNames;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD",
            description = "First day of a series: one map per day up to --to, as PNGs into the --out folder or "
                    + "as an animated GIF when --out ends in .gif")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of a series (inclusive)")
    String to;

    @Option(names = "--frame-ms", paramLabel = "MS", description = "GIF: time each day is shown (default 1000)")
    int frameMillis = 1000;

    @Spec
    CommandSpec spec;

    /**
     * Starts what an export needs and can be made ready while its command line is read ({@link FontLoader}); to be
     * called before the command line is read.
     */
    static void warmUp() {
        drawHeadless();
        FontLoader.start();
    }

    /** Exports draw with Java2D only; never look for a display (AWT reads this once, when first asked). */
    private static void drawHeadless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Override
    public Integer call() {
        drawHeadless();
        if (from != null || to != null) {
            return series();
        }
        long start = System.nanoTime();
        ExportFormat fmt = format();
        PageSize page = page(fmt);
        LocalDate day = date == null ? null : OptionValues.date("--date", date);
        Envelope box = bbox == null ? null : OptionValues.bbox("--bbox", bbox, spec.commandLine().getErr());
        checkOutputFolder();

        Loaded inputs = readInputs();
        Briefing briefing = inputs.briefing();
        BriefingInfo info = briefing.info();
        List<Annotation> annotations = briefing.snapshot();
        List<MapLayer> userLayers = inputs.userLayers();

        Envelope extent = box != null ? box : DefaultExtent.of(info, annotations);
        LocalDate situation = day != null ? day : info.situationDate();
        ExportSpec exportSpec = baseSpec(extent, page, fmt, info).withSituationDate(situation);
        FontLoader.await();
        long loaded = System.nanoTime();
        MapComposer composer = new MapComposer(exportSpec,
                content(userLayers, annotations).withLegend(info.legend()).withPlaceNames(placeNames(info)));
        long indexed = System.nanoTime();
        // Both writers report 0.6-0.7 when the page is drawn and only the encoding is left.
        long[] drawn = {0};
        java.util.function.DoubleConsumer progress = p -> {
            if (p >= 0.6 && drawn[0] == 0) {
                drawn[0] = System.nanoTime();
            }
        };
        try {
            MapExport.page(composer, out, progress, () -> false);
        } catch (IOException e) {
            throw new CliException("cannot write " + out + ": " + describe(e), 1);
        }
        long end = System.nanoTime();
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "Wrote %s: %s, %s, %d of %d annotations drawn, in %.1f s "
                + "(briefing and layers %.1f s, base map and indexes %.1f s, drawing %.1f s, encoding %.1f s)%n",
                out, fmt.name(), page, composer.annotations().size(), annotations.size(), (end - start) / 1e9,
                (loaded - start) / 1e9, (indexed - loaded) / 1e9, (drawn[0] - indexed) / 1e9,
                (end - drawn[0]) / 1e9);
        w.flush();
        return 0;
    }

    /** The briefing and the --layer files, styled in the briefing's sheet. */
    private record Loaded(Briefing briefing, List<MapLayer> userLayers) {
    }

    /**
     * Reads the briefing and the --layer files. The layer files are read on a thread of their own while the
     * briefing is opened and checked: reading a large file is most of an export's time, and opening the briefing
     * need not wait for it.
     */
    private Loaded readInputs() {
        AtomicBoolean abandoned = new AtomicBoolean();
        CompletableFuture<List<LoadResult>> reading = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                reading.complete(readLayers(abandoned::get));
            } catch (RuntimeException | Error e) {
                reading.completeExceptionally(e);
            }
        }, "sitmap-layer-reader");
        reader.setDaemon(true);
        reader.start();
        Briefing briefing;
        try {
            briefing = readBriefing();
        } catch (RuntimeException e) {
            abandoned.set(true);
            throw e;
        }
        try {
            return new Loaded(briefing, styleLayers(StyleSheets.byId(briefing.info().styleSheet()), reading.join()));
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** One map per day from --from to --to: PNG files named by date in a folder, or one animated GIF. */
    private Integer series() {
        if (from == null || to == null) {
            throw new CliException("a series needs both --from and --to", 2);
        }
        LocalDate first = OptionValues.date("--from", from);
        LocalDate last = OptionValues.date("--to", to);
        if (last.isBefore(first)) {
            throw new CliException("--to " + last + " is before --from " + first, 2);
        }
        if (frameMillis < 10 || frameMillis > 655_350) {
            // GIF keeps the time in hundredths of a second, in 16 bits.
            throw new CliException("bad --frame-ms " + frameMillis + ": expected 10 to 655350 milliseconds", 2);
        }
        if (ChronoUnit.DAYS.between(first, last) >= MapExport.MAX_SERIES_DAYS) {
            throw new CliException("a series is limited to " + MapExport.MAX_SERIES_DAYS + " days; got " + first
                    + " to " + last, 2);
        }
        SeriesExporter exporter = "gif".equalsIgnoreCase(format) ? new GifSeriesExporter()
                : MapExporters.seriesFor(out);
        boolean gif = exporter instanceof GifSeriesExporter;
        if (format != null && !gif && !"png".equalsIgnoreCase(format)) {
            throw new CliException("a series is written as PNG files or one GIF, not " + format, 2);
        }
        PageSize page = page(ExportFormat.PNG);
        Envelope box = bbox == null ? null : OptionValues.bbox("--bbox", bbox, spec.commandLine().getErr());
        if (gif) {
            checkOutputFolder();
        } else {
            refuseOverwritingAnInput();
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                throw new CliException("cannot create the folder " + out + ": " + describe(e), 2);
            }
        }
        Briefing briefing = readBriefing();
        BriefingInfo info = briefing.info();
        List<Annotation> annotations = briefing.snapshot();
        Envelope extent = box != null ? box : DefaultExtent.of(info, annotations);
        ExportContent content = content(loadLayers(StyleSheets.byId(info.styleSheet())), annotations)
                .withLegend(info.legend()).withPlaceNames(placeNames(info));
        // Made for the briefing's date, so each frame's title moves the date it names to its own day.
        ExportSpec base = baseSpec(extent, page, ExportFormat.PNG, info).withSituationDate(info.situationDate());
        PrintWriter w = spec.commandLine().getOut();
        List<LocalDate> days = MapExport.days(first, last);
        FontLoader.await();
        try {
            MapExport.series(exporter, base, content, days, out, frameMillis, null, () -> false);
        } catch (IOException e) {
            throw new CliException("cannot write " + out + ": " + describe(e), 1);
        }
        w.printf(Locale.ROOT, "Wrote %s: %d days (%s to %s), %s%n", out, days.size(), first, last,
                exporter.description());
        w.flush();
        return 0;
    }

    /**
     * The briefing, read without locking or changing the file; a style sheet it names that does not ship is said
     * on the error stream (the export goes on in the default sheet).
     */
    private Briefing readBriefing() {
        Briefing b;
        try (BriefingFile file = BriefingFile.openReadOnly(briefingFile)) {
            b = file.briefing();
        } catch (BriefingFileException e) {
            throw new CliException(e.getMessage(), 2);
        }
        String notice = StyleSheets.unknownSheetNotice(b.info().styleSheet());
        if (notice != null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("sitmap export: " + briefingFile.getFileName() + ": " + notice);
            err.flush();
        }
        return b;
    }

    /** The page as the options describe it, before the situation date is chosen. */
    private ExportSpec baseSpec(Envelope extent, PageSize page, ExportFormat fmt, BriefingInfo info) {
        return ExportSpec.of(extent, page, fmt)
                .withTitle(title != null ? title : info.title())
                .withNotes(notes)
                .withFurniture(!noLegend, !noScaleBar, !noNorthArrow, !noInset, !noAttribution)
                .withStyleSheet(StyleSheets.forBriefing(info));
    }

    /** What to draw: the bundled base map with the user's layers, or (--no-base-map) the user's layers alone. */
    /** The --place-names language, else the briefing's. */
    private PlaceNames placeNames(BriefingInfo info) {
        if (placeNames == null) {
            return info.placeNames();
        }
        try {
            return PlaceNames.of(placeNames);
        } catch (IllegalArgumentException e) {
            throw new CliException("bad --place-names '" + placeNames + "': expected en, local, uk or ru", 2);
        }
    }

    private ExportContent content(List<MapLayer> userLayers, List<Annotation> annotations) {
        if (!noBaseMap) {
            return ExportContent.withBaseMap(userLayers, annotations, null, () -> false);
        }
        List<RenderLayer> layers = new ArrayList<>();
        for (MapLayer l : userLayers) {
            layers.add(new RenderLayer(l, LayerIndex.build(l.features(), WebMercator.INSTANCE)));
        }
        List<String> credits = userLayers.isEmpty() ? List.of()
                : List.of("Layers: " + String.join(", ", userLayers.stream().map(MapLayer::name).toList()) + ".");
        return new ExportContent(layers, annotations, List.of(), credits);
    }

    private ExportFormat format() {
        ExportFormat named = ExportFormat.fromFileName(out);
        if (format != null) {
            ExportFormat f;
            try {
                f = ExportFormat.parse(format);
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage(), 2);
            }
            if (named != null && named != f) {
                throw new CliException("--format " + format + " does not match --out " + out.getFileName()
                        + ", which names a " + named.name() + " file; give one of them, or make them agree", 2);
            }
            return f;
        }
        ExportFormat f = named;
        if (f == null) {
            List<String> known = MapExporters.all().stream().map(e -> e.format().extension()).toList();
            throw new CliException("cannot tell the format from '" + out.getFileName() + "'; name it ."
                    + String.join(" or .", known) + " or give --format " + String.join("|", known), 2);
        }
        return f;
    }

    private PageSize page(ExportFormat fmt) {
        if (size != null && paper != null) {
            throw new CliException("give either --size or --paper, not both", 2);
        }
        if (landscape && portrait) {
            throw new CliException("give either --landscape or --portrait, not both", 2);
        }
        if ((landscape || portrait) && paper == null) {
            throw new CliException("--landscape and --portrait go with --paper", 2);
        }
        try {
            if (paper != null) {
                return PageSize.paper(PageSize.Paper.parse(paper), !portrait, dpi == null ? 300 : dpi);
            }
            if (size == null) {
                return dpi == null ? PageSize.hd() : PageSize.pixels(1920, 1080, dpi);
            }
            Matcher m = SIZE.matcher(size);
            if (!m.matches()) {
                throw new CliException("bad --size '" + size + "': expected WIDTHxHEIGHT in pixels, e.g. 1920x1080",
                        2);
            }
            return PageSize.pixels(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    dpi == null ? 96 : dpi);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2);
        }
    }

    private void checkOutputFolder() {
        refuseOverwritingAnInput();
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CliException("cannot write " + out + ": " + dir + " is a file, not a folder", 2);
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new CliException("cannot write " + out + ": the folder " + dir + " does not exist", 2);
        }
        if (!Files.isWritable(dir)) {
            throw new CliException("cannot write " + out + ": the folder " + dir + " is not writable", 2);
        }
        if (Files.isDirectory(out)) {
            throw new CliException("cannot write " + out + ": it is a folder", 2);
        }
    }

    /**
     * Refuses an output that is one of the inputs (the briefing or a --layer file), also under another name
     * (a symbolic or hard link): the export would replace the user's data with a picture.
     */
    private void refuseOverwritingAnInput() {
        List<Path> inputs = new ArrayList<>(layers);
        inputs.add(0, briefingFile);
        for (Path input : inputs) {
            if (sameFile(out, input)) {
                String role = input == briefingFile ? "the briefing being exported" : "a --layer file";
                throw new CliException("cannot write " + out + ": it is " + role + " (" + input
                        + "); choose another --out file", 2);
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** The --layer files, in {@code sheet}'s palette (the briefing's sheet). */
    private List<MapLayer> loadLayers(StyleSheet sheet) {
        return styleLayers(sheet, readLayers(() -> false));
    }

    /** The --layer files' features in {@code sheet}'s palette, the i-th file's from {@code read.get(i)}. */
    private List<MapLayer> styleLayers(StyleSheet sheet, List<LoadResult> read) {
        List<MapLayer> result = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            Path file = layers.get(i);
            String name = String.valueOf(file.getFileName());
            LayerStyle style = labelLayers ? BaseMapStyles.userLayer(sheet, i)
                    : BaseMapStyles.userLayer(sheet, i).withoutLabels();
            result.add(new MapLayer(BaseMapStyles.userLayerId(i), name, read.get(i).features(), style,
                    file.toString()));
        }
        return result;
    }

    /** Reads the --layer files; a file that cannot be read stops the export with one line naming it. */
    private List<LoadResult> readLayers(BooleanSupplier cancelled) {
        List<LoadResult> result = new ArrayList<>();
        for (Path file : layers) {
            try {
                Inputs.requireReadable("--layer", file);
                // Unlabelled layers are only drawn: their features' properties are not needed.
                result.add(labelLayers ? LayerReaders.read(file, null, cancelled)
                        : LayerReaders.forFile(file).readShapes(file, null, cancelled));
            } catch (GeoJsonException e) {
                throw new CliException("--layer " + e.getMessage(), 2);
            } catch (NoSuchFileException e) {
                throw new CliException("--layer " + file + ": no such file", 2);
            } catch (IOException e) {
                throw new CliException("--layer " + file + ": cannot read: " + describe(e), 2);
            }
        }
        return result;
    }

    private static String describe(IOException e) {
        return Messages.describe(e);
    }
}
