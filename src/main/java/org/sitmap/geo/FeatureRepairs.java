package org.sitmap.geo;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BooleanSupplier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.sitmap.model.MapFeature;

/**
 * The repairs every layer reader applies to the features it reads, reported the same way whatever the format:
 * shapes crossing the antimeridian are cut there ({@link AntimeridianCut}), polygons are checked and invalid ones
 * fixed or, beyond repair, refused ({@link PolygonValidator}, which checks a file's polygons on a second thread while
 * the reader goes on). A reader calls {@link #cut} and then {@link #checkNow} or {@link #checkLater} per feature, and
 * {@link #finish} once at the end. Not thread-safe; one per load.
 */
final class FeatureRepairs {
    private final boolean checkPolygons;
    private PolygonValidator validator;

    /** @param checkPolygons whether polygons of a collection are checked (see GeoJsonLoader#checkPolygons) */
    FeatureRepairs(boolean checkPolygons) {
        this(checkPolygons, Runtime.getRuntime().availableProcessors() > 1);
    }

    /**
     * @param onTheSide whether the checks run on a second thread while the reader goes on; not for a reader of one
     *     chunk among others, which already keep every core busy
     */
    FeatureRepairs(boolean checkPolygons, boolean onTheSide) {
        this.checkPolygons = checkPolygons;
        this.validator = new PolygonValidator(onTheSide ? ForkJoinPool.commonPool() : null);
    }

    /**
     * The geometry cut at the antimeridian when it crosses it, with the repair held for the feature in {@code log}.
     * Runs before the validity check: a ring hopping across 180 degrees looks self-intersecting on a flat map, and
     * "repairing" it would turn an island into a band round the world with the island a hole.
     */
    Geometry cut(Geometry g, LoadIssueLog log, long line, long column) {
        if (AntimeridianCut.crosses(g)) {
            Geometry cut = AntimeridianCut.cut(g);
            if (cut != g) {
                log.pend(line, column, "crosses the antimeridian (180\u00b0); cut it there");
                return cut;
            }
        }
        return g;
    }

    /**
     * Checks a lone polygonal feature here and now (a file holding one shape): returns it, or its repair with the
     * repair held in {@code log}.
     *
     * @throws FeatureProblem when it cannot be repaired
     */
    Geometry checkNow(Geometry g, int index, long line, long column, LoadIssueLog log) throws FeatureProblem {
        if (!(g instanceof Polygonal)) {
            return g;
        }
        PolygonValidator.Outcome o = PolygonValidator.check(0, index, line, column, g);
        if (o == null) {
            return g;
        }
        if (o.repaired() == null) {
            throw new FeatureProblem(line, column, o.message());
        }
        log.pend(line, column, o.message());
        return o.repaired();
    }

    /** Whether polygons of a collection are checked (a streamed load checks them at once, with {@link #checkNow}). */
    boolean checksPolygons() {
        return checkPolygons;
    }

    /** Queues a feature of a collection for the check on the side; {@code slot} is its place in the feature list. */
    void checkLater(int slot, int index, long line, long column, Geometry g) {
        if (checkPolygons && g instanceof Polygonal) {
            validator.add(slot, index, line, column, g);
        }
    }

    /**
     * Applies the queued checks to {@code features}: repaired geometries replace theirs, features beyond repair are
     * removed and reported as refused; the log is then sorted by feature.
     */
    void finish(List<MapFeature> features, LoadIssueLog log, BooleanSupplier cancelled) {
        List<PolygonValidator.Outcome> outcomes = validator.finish(cancelled);
        if (outcomes.isEmpty()) {
            return;
        }
        boolean removed = false;
        for (PolygonValidator.Outcome o : outcomes) {
            if (o.repaired() == null) {
                features.set(o.slot(), null);
                removed = true;
                log.leaveOut(o.featureIndex(), o.line(), o.column(), o.message(), LoadIssue.Kind.REFUSED);
            } else {
                MapFeature old = features.get(o.slot());
                features.set(o.slot(), new MapFeature(o.repaired(), old.properties()));
                log.add(o.featureIndex(), o.line(), o.column(), o.message(), LoadIssue.Kind.REPAIRED);
            }
        }
        if (removed) {
            features.removeIf(Objects::isNull);
        }
        log.sortByFeature();
    }

    /** Drops the queued checks (the features they were about are dropped) and checks later ones on this thread. */
    void restart() {
        validator.abandon();
        validator = new PolygonValidator(null);
    }

    /** Stops the checks of a load that failed. */
    void abandon() {
        validator.abandon();
    }
}
