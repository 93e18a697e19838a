package org.sitmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitmap.cli.SitmapCommand.CliException;
import org.sitmap.geo.AnnotationGeoJson;
import org.sitmap.geo.GeoJsonException;
import org.sitmap.model.Annotation;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;
import org.sitmap.store.BriefingFile;
import org.sitmap.store.BriefingFileException;
import org.sitmap.store.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitmap import ANNOTATIONS.geojson BRIEFING.gpkg}: adds the annotations of an interchange GeoJSON file (see
 * {@link AnnotationGeoJson}) on top of a briefing, creating the briefing when it does not exist. All or nothing: one
 * bad feature, or an id the briefing already holds, imports nothing (use {@code --new-ids} to import such
 * annotations as copies with fresh ids).
 */
@Command(name = "import", description = {"Add the annotations of a GeoJSON file to a briefing (created if missing).",
    "All or nothing: one bad feature imports nothing. Annotations whose id the briefing already holds are refused",
    "unless --new-ids gives them new ids."})
public final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ANNOTATIONS", description = "Interchange GeoJSON (.geojson, .json)")
    Path source;

    @Parameters(index = "1", paramLabel = "BRIEFING", description = "Briefing file (.gpkg)")
    Path target;

    @Option(names = "--new-ids", description = "Give imported annotations new ids when the briefing already holds "
            + "their id (default: refuse the whole import)")
    boolean newIds;

    @Option(names = "--title", paramLabel = "TEXT", description = "Set the briefing's title")
    String title;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Set the briefing's situation date")
    String date;

    @Option(names = "--view", paramLabel = "MINLON,MINLAT,MAXLON,MAXLAT",
            description = "Set the map view the briefing opens on")
    String view;

    @Spec
    CommandSpec spec;

    /** The briefing details given on the command line applied to {@code info}; bad values fail before any write. */
    private BriefingInfo withOptions(BriefingInfo info) {
        BriefingInfo out = info;
        if (title != null) {
            out = out.withTitle(title);
        }
        if (date != null) {
            out = out.withSituationDate(ExportCommand.parseDate("--date", date));
        }
        if (view != null) {
            out = out.withView(ExportCommand.parseBbox("--view", view));
        }
        return out;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Annotation> annotations;
        try {
            Inputs.requireReadable(null, source);
            annotations = AnnotationGeoJson.read(source);
        } catch (GeoJsonException e) {
            throw new CliException(e.getMessage(), 1);
        } catch (NoSuchFileException e) {
            throw new CliException(source + ": no such file", 2);
        } catch (IOException e) {
            throw new CliException(source + ": cannot read: " + Messages.describe(e), 2);
        }
        withOptions(BriefingInfo.untitled()); // validates the options before anything is written
        boolean created = !Files.exists(target);
        if (!created && !newIds) {
            // Check on a read-only view first, so a refused import leaves even the file's bytes as they were.
            try (BriefingFile view = BriefingFile.openReadOnly(target)) {
                refuseClashes(view.briefing(), annotations);
            } catch (BriefingFileException e) {
                throw new CliException(e.getMessage(), 1);
            }
        }
        BriefingFile file;
        try {
            file = created ? BriefingFile.create(target, new BriefingInfo(title(source), "", null, null))
                    : BriefingFile.open(target);
        } catch (BriefingFileException e) {
            throw new CliException(e.getMessage(), 1);
        }
        try (file) {
            if (file.readOnly()) {
                throw new CliException(target.getFileName() + ": " + file.readOnlyReason() + "; nothing imported",
                        1);
            }
            Briefing b = file.briefing();
            refuseClashes(b, annotations); // again under the window lock: the file may have changed meanwhile
            List<Annotation> toAdd = new ArrayList<>(annotations.size());
            for (Annotation a : annotations) {
                toAdd.add(b.get(a.id()) == null ? a : a.copyWithNewId());
            }
            BriefingInfo info = withOptions(b.info());
            b.atomically(() -> {
                toAdd.forEach(b::add);
                if (!info.equals(b.info())) {
                    b.setInfo(info);
                }
            });
            if (file.lastError() != null) {
                throw new CliException(file.lastError() + "; nothing imported", 1);
            }
            out.printf(Locale.ROOT, "Imported %d annotation%s into %s%s (%d in all)%n", toAdd.size(),
                    toAdd.size() == 1 ? "" : "s", target, created ? ", a new briefing" : "", b.size());
            out.flush();
        } finally {
            if (created && file.briefing().size() == 0 && !annotations.isEmpty()) {
                deleteQuietly(target); // an import that failed leaves no empty briefing behind
            }
        }
        return 0;
    }

    private void refuseClashes(Briefing b, List<Annotation> annotations) {
        if (newIds) {
            return;
        }
        List<String> clashes = annotations.stream().map(Annotation::id).filter(id -> b.get(id) != null).toList();
        if (!clashes.isEmpty()) {
            throw new CliException(String.format(Locale.ROOT, "%s already holds %d of these annotations (id %s%s);"
                    + " nothing imported. Use --new-ids to import them as copies with new ids",
                    target.getFileName(), clashes.size(), clashes.get(0), clashes.size() > 1 ? ", ..." : ""), 1);
        }
    }

    private static String title(Path source) {
        String name = source.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the message already told the user what went wrong
        }
    }
}
