package org.sitmap.refimg;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * One reference-image case: a folder holding {@code case.properties} (what to draw and how to compare), the
 * annotations to draw ({@code annotations.geojson}, or the file named by {@code input}) and the expected image
 * {@code expected.png}.
 *
 * <p>Keys of {@code case.properties}: {@code description}; the page ({@code size} WxH, {@code bbox}
 * minLon,minLat,maxLon,maxLat, {@code format} png or pdf, {@code date}, {@code title}, {@code notes}, {@code flags}:
 * further {@code sitmap export} options separated by spaces); the comparison ({@code tolerance} per channel,
 * {@code maxDifferingPixels}); {@code property.NAME=VALUE} system properties set while the case draws (switches
 * such as the fast path); for a PDF, {@code parity.*} keys compare its raster with the PNG of the same page.
 */
record ReferenceCase(String name, Path folder, Properties properties) {

    static ReferenceCase load(Path folder) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve("case.properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return new ReferenceCase(folder.getFileName().toString(), folder, p);
    }

    Path input() {
        return folder.resolve(properties.getProperty("input", "annotations.geojson")).normalize();
    }

    Path expected() {
        return folder.resolve("expected.png");
    }

    boolean pdf() {
        return "pdf".equalsIgnoreCase(properties.getProperty("format", "png"));
    }

    int tolerance() {
        return Integer.parseInt(properties.getProperty("tolerance", "0"));
    }

    int maxDifferingPixels() {
        return Integer.parseInt(properties.getProperty("maxDifferingPixels", "0"));
    }

    boolean checksParity() {
        return properties.containsKey("parity.tolerance");
    }

    int parityTolerance() {
        return Integer.parseInt(properties.getProperty("parity.tolerance"));
    }

    double parityMaxDifferingShare() {
        return Double.parseDouble(properties.getProperty("parity.maxDifferingShare"));
    }

    double parityMaxMeanDifference() {
        return Double.parseDouble(properties.getProperty("parity.maxMeanDifference"));
    }

    /** The system properties this case draws under, by name. */
    Map<String, String> systemProperties() {
        Map<String, String> out = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("property.")) {
                out.put(key.substring("property.".length()), properties.getProperty(key));
            }
        }
        return out;
    }

    /** The {@code sitmap export} arguments that draw this case from {@code briefing} into {@code out}. */
    List<String> exportArguments(Path briefing, Path out, boolean asPdf) {
        List<String> args = new ArrayList<>(List.of("export", briefing.toString(), "--out", out.toString(),
                "--format", asPdf ? "pdf" : "png"));
        option(args, "size", "--size");
        option(args, "bbox", "--bbox");
        option(args, "date", "--date");
        option(args, "title", "--title");
        option(args, "notes", "--notes");
        String flags = properties.getProperty("flags", "").trim();
        if (!flags.isEmpty()) {
            args.addAll(List.of(flags.split("\\s+")));
        }
        return args;
    }

    private void option(List<String> args, String key, String option) {
        String value = properties.getProperty(key);
        if (value != null) {
            args.add(option);
            args.add(value);
        }
    }

    @Override
    public String toString() {
        return name + ": " + properties.getProperty("description", "");
    }
}
