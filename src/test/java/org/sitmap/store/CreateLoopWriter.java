package org.sitmap.store;

import java.nio.file.Path;
import org.sitmap.model.BriefingInfo;

/**
 * Child process of {@link CreateCrashTest}: creates new briefings {@code 0.gpkg}, {@code 1.gpkg}, ... in a folder,
 * one after another, until it is killed.
 */
public final class CreateLoopWriter {
    private CreateLoopWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        for (int i = 0; ; i++) {
            BriefingFile.create(dir.resolve(i + ".gpkg"), BriefingInfo.untitled()).close();
            if (i % 20 == 0) {
                System.out.println("created " + i);
                System.out.flush();
            }
        }
    }
}
