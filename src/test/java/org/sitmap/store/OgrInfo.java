package org.sitmap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** GDAL's ogrinfo for tests that check a file opens as a GeoPackage (briefings, the base-map store). */
public final class OgrInfo {
    private OgrInfo() {
    }

    /** The ogrinfo on the PATH, or null where gdal-bin is not installed. */
    public static Path find() {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path p = Path.of(d, "ogrinfo");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** Runs ogrinfo with {@code args}; asserts it ends within a minute with exit 0 and returns what it printed. */
    public static String run(Path ogrinfo, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ogrinfo.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
