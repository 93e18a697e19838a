package org.sitmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitmap.app.ClashPolicy;
import org.sitmap.app.ImportPlan;
import org.sitmap.app.StreamedImport;
import org.sitmap.cli.SitmapCli.CliException;
import org.sitmap.geo.AnnotationGeoJson;
import org.sitmap.geo.GeoJsonException;
import org.sitmap.model.BriefingInfo;
import org.sitmap.model.SideList;
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
 * {@link AnnotationGeoJson}) on top of a briefing, creating the briefing when it does not exist, streaming (a file larger
 * than memory imports; see {@link StreamedImport}). All or nothing: one
 * bad feature imports nothing. Ids the briefing already holds are treated by {@code --on-clash} with the window's
 * policy ({@link ClashPolicy}): refused by default (nothing imported), {@code new-ids} imports copies with fresh
 * ids, {@code replace} replaces the briefing's annotations.
 */
@Command(name = "import", description = {"Add the annotations of a GeoJSON file to a briefing (created if missing).",
    "All or nothing: one bad feature imports nothing. Annotations whose id the briefing already holds are refused",
    "unless --on-clash new-ids gives them new ids or --on-clash replace replaces the briefing's ones."})
public final class ImportSubcommand implements Callable<Integer> {
    /** How long an import waits for other Sitmap processes writing the same briefing. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(60);

    @Parameters(index = "0", paramLabel = "ANNOTATIONS", description = "Interchange GeoJSON (.geojson, .json)")
    Path source;

    @Parameters(index = "1", paramLabel = "BRIEFING", description = "Briefing file (.gpkg)")
    Path target;

    @Option(names = "--on-clash", paramLabel = "refuse|new-ids|replace", description = "What to do with "
            + "annotations whose id the briefing already holds: refuse the whole import (the default), import them "
            + "with new ids, or replace the briefing's ones")
    String onClash;

    @Option(names = "--new-ids", description = "The same as --on-clash new-ids")
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

    /** The sides the imported file defines. */

    /** The briefing details given on the command line applied to {@code info}; bad values fail before any write. */
    private BriefingInfo withOptions(BriefingInfo info) {
        BriefingInfo out = info;
        if (title != null) {
            out = out.withTitle(title);
        }
        if (date != null) {
            out = out.withSituationDate(OptionValues.date("--date", date));
        }
        if (view != null) {
            out = out.withView(OptionValues.bbox("--view", view, spec.commandLine().getErr()));
        }
        return out;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ClashPolicy policy = policy();
        // First pass: every feature checked (its side too, and, when clashes are refused, the ids against the
        // briefing) before anything is written, so a refused import leaves even the file's bytes as they were.
        StreamedImport.Checked checked = readGeoJson(() -> check(policy));
        int count = checked.count();
        withOptions(BriefingInfo.untitled()); // validates the options before anything is written
        boolean[] created = {false};
        BriefingFile file = openOrCreate(created);
        StreamedImport.Outcome done = null;
        try {
            if (file.readOnly()) {
                throw new CliException(target.getFileName() + ": " + file.readOnlyReason()
                        + (BriefingFile.OPEN_ELSEWHERE.equals(file.readOnlyReason()) ? " (waited "
                                + LOCK_WAIT.toSeconds() + " s for it)" : "") + "; nothing imported", 1);
            }
            // Second pass: written as it is read, in one transaction; the file may have changed meanwhile.
            BriefingInfo now = file.briefing().info();
            BriefingInfo info = withOptions(now).withSides(checked.sidesAfter(now.sides()));
            done = readGeoJson(() -> StreamedImport.write(source, file, info, policy));
            if (done == null) {
                throw new CliException(target.getFileName() + ": nothing imported (" + file.lastErrorCause() + "); "
                        + (created[0] ? "the new briefing was not kept" : "the briefing is as it was"), 1);
            }
        } finally {
            file.close();
            if (created[0] && done == null) {
                // An import that failed leaves no briefing of its own making behind (unless another import that
                // waited for it has filled it meanwhile).
                BriefingFile.deleteIfEmpty(target);
            }
        }
        if (file.changesLeftInWal()) {
            throw new CliException(file.lastError(), 1);
        }
        out.printf(Locale.ROOT, "Imported %d annotation%s into %s%s (%d in all)%n", count, count == 1 ? "" : "s",
                target, created[0] ? ", a new briefing" : "", done.total());
        out.flush();
        return 0;
    }

    /** One pass over the GeoJSON file. */
    @FunctionalInterface
    private interface Pass<T> {
        T run() throws Exception;
    }

    /** Runs a pass, turning what stops it into the command's one-line failures. */
    private <T> T readGeoJson(Pass<T> pass) {
        try {
            return pass.run();
        } catch (OutOfMemoryError e) {
            throw Inputs.tooLarge(source);
        } catch (GeoJsonException e) {
            throw new CliException(e.getMessage(), 1);
        } catch (ImportPlan.UnknownSideException e) {
            throw new CliException(source.getFileName() + ": " + e.getMessage(), 1);
        } catch (ImportPlan.ClashRefusedException e) {
            List<String> clashes = e.clashes();
            throw new CliException(String.format(Locale.ROOT, "%s already holds %d of these annotations (id %s%s);"
                    + " nothing imported. Use --new-ids to import them as copies with new ids",
                    target.getFileName(), clashes.size(), clashes.get(0), clashes.size() > 1 ? ", ..." : ""), 1);
        } catch (NoSuchFileException e) {
            throw new CliException(source + ": no such file", 2);
        } catch (IOException e) {
            throw new CliException(source + ": cannot read: " + Messages.describe(e), 2);
        } catch (BriefingFileException e) {
            throw new CliException(e.getMessage(), 1);
        } catch (CliException | IllegalArgumentException | IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new CliException(source + ": " + Messages.describe(e), 1);
        }
    }

    /** The first pass: checks the file, against the briefing's sides and ids when it exists. */
    private StreamedImport.Checked check(ClashPolicy policy) throws Exception {
        Inputs.requireReadable(null, source);
        if (Files.exists(target)) {
            try (BriefingFile view = BriefingFile.openReadOnly(target)) {
                return StreamedImport.check(source, view.briefing(), policy);
            }
        }
        return StreamedImport.check(source, null, policy);
    }

    /**
     * Creates the briefing, or opens it when it exists (also when another import created it meanwhile), waiting
     * for other Sitmap processes writing to it: several imports into one briefing at once all land, one by one.
     */
    private BriefingFile openOrCreate(boolean[] created) {
        try {
            if (!Files.exists(target)) {
                try {
                    BriefingFile f = BriefingFile.create(target, newInfo(), LOCK_WAIT);
                    created[0] = true;
                    return f;
                } catch (BriefingFileException e) {
                    if (!Files.exists(target)) {
                        throw e;
                    }
                }
            }
            return BriefingFile.open(target, LOCK_WAIT);
        } catch (BriefingFileException e) {
            throw new CliException(e.getMessage(), 1);
        }
    }

    /** The --on-clash policy; --new-ids is its shorthand. */
    private ClashPolicy policy() {
        ClashPolicy named;
        try {
            named = onClash == null ? null : ClashPolicy.parse(onClash);
        } catch (IllegalArgumentException e) {
            throw new CliException("bad --on-clash: " + e.getMessage(), 2);
        }
        if (newIds && named != null && named != ClashPolicy.NEW_IDS) {
            throw new CliException("--new-ids contradicts --on-clash " + onClash + "; give one of them", 2);
        }
        return newIds ? ClashPolicy.NEW_IDS : named == null ? ClashPolicy.REFUSE : named;
    }

    /** A briefing the import creates has no sides but those its file brings. */
    private BriefingInfo newInfo() {
        return new BriefingInfo(title(source), "", null, null).withSides(SideList.empty());
    }

    private static String title(Path source) {
        String name = source.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
