package org.sitmap.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitmap.geo.AnnotationGeoJson;
import org.sitmap.geo.GeoJsonException;
import org.sitmap.geo.GeoJsonSides;
import org.sitmap.model.Annotation;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;
import org.sitmap.model.Side;
import org.sitmap.model.SideList;
import org.sitmap.store.BriefingFile;
import org.sitmap.store.StreamedWrite;

/**
 * An import of an interchange GeoJSON file of any size: the file is read twice, annotation by annotation, never
 * held whole. The first pass checks every feature and the ids the briefing already holds without writing anything;
 * the second writes in batches inside one transaction ({@link StreamedWrite}), each annotation placed as
 * {@link ImportPlan#added} says, so it lands whole or not at all, as an {@link ImportPlan} does. Stateless.
 *
 * <pre>{@code
 * StreamedImport.check(source, view.briefing(), ClashPolicy.REFUSE); // throws on a bad feature or a refused clash
 * StreamedImport.Outcome done = StreamedImport.write(source, file, info, ClashPolicy.REFUSE);
 * }</pre>
 */
public final class StreamedImport {
    private StreamedImport() {
    }

    /**
     * Reads the whole file without writing: every feature must be a valid annotation of a side the file or the
     * briefing defines (or one of the old fixed sides).
     *
     * @param briefing the briefing imported into, or null for a new one
     * @return what the file holds
     * @throws ImportPlan.ClashRefusedException when {@code policy} refuses clashes and some id is in the briefing
     * @throws ImportPlan.UnknownSideException naming the first annotation of a side nobody defines
     */
    public static Checked check(Path source, Briefing briefing, ClashPolicy policy) throws GeoJsonException,
            IOException {
        SideList fileSides = GeoJsonSides.read(source);
        SideList known = ImportPlan.withFileSides(briefing == null ? SideList.empty() : briefing.info().sides(),
                fileSides);
        Set<Side> used = new HashSet<>();
        List<String> clashes = new ArrayList<>();
        int count = AnnotationGeoJson.scan(source, (index, a) -> {
            if (!known.contains(a.side()) && SideList.legacy(a.side()).isEmpty()) {
                throw new ImportPlan.UnknownSideException(index, a);
            }
            used.add(a.side());
            if (briefing != null && briefing.get(a.id()) != null) {
                clashes.add(a.id());
            }
        });
        if (policy == ClashPolicy.REFUSE && !clashes.isEmpty()) {
            throw new ImportPlan.ClashRefusedException(clashes);
        }
        return new Checked(count, fileSides, Set.copyOf(used));
    }

    /**
     * What the first pass found.
     *
     * @param count annotations in the file
     * @param fileSides the sides the file defines
     * @param used the sides its annotations use
     */
    public record Checked(int count, SideList fileSides, Set<Side> used) {
        /** The sides of a briefing that has {@code briefingSides} once the file is imported into it. */
        public SideList sidesAfter(SideList briefingSides) {
            return ImportPlan.withOldSides(ImportPlan.withFileSides(briefingSides, fileSides), used);
        }
    }

    /**
     * What a write did.
     *
     * @param imported annotations of the file written (added or replacing)
     * @param total annotations the briefing holds afterwards
     */
    public record Outcome(int imported, int total) {
    }

    /**
     * Writes the file's annotations into {@code file} with {@code info} in one transaction. When the file cannot be
     * written, nothing is and {@link BriefingFile#lastError()} says why.
     *
     * @return what was written, or null when the file could not be written
     * @throws ImportPlan.ClashRefusedException when an id clashes under {@link ClashPolicy#REFUSE} (nothing written)
     */
    public static Outcome write(Path source, BriefingFile file, BriefingInfo info, ClashPolicy policy)
            throws Exception {
        Briefing b = file.briefing();
        int[] count = {0};
        int added = StreamedWrite.run(file, info, out -> AnnotationGeoJson.scan(source, (index, a) -> {
            Annotation placed = ImportPlan.added(b, a, policy);
            if (placed == null) {
                out.replace(a);
            } else {
                out.add(placed);
            }
            count[0]++;
        }));
        return added < 0 ? null : new Outcome(count[0], b.size() + added);
    }
}
