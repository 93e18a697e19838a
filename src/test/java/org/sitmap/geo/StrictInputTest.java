package org.sitmap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text that JSON or UTF-8 does not allow is refused with its place, never read as something else. */
class StrictInputTest {
    private static final String POINT = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[30,50]},"
            + "\"properties\":{\"name\":\"%s\"}}";

    @TempDir
    Path dir;

    private GeoJsonException failure(byte[] bytes) throws IOException {
        Path p = dir.resolve("bad.geojson");
        Files.write(p, bytes);
        return catchThrowableOfType(GeoJsonException.class, () -> GeoJsonLoader.load(p));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code prefix}, then raw bytes, then {@code suffix}. */
    private static byte[] bytes(String prefix, int[] raw, String suffix) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(utf8(prefix));
        for (int x : raw) {
            b.write(x);
        }
        b.writeBytes(utf8(suffix));
        return b.toByteArray();
    }

    @Test
    void aSecondFeaturesArrayIsRefusedNotMerged() throws IOException {
        String text = "{\"type\":\"FeatureCollection\",\n\"features\":[" + POINT.formatted("a") + "],\n\"features\":["
                + POINT.formatted("b") + "]}";
        GeoJsonException e = failure(utf8(text));
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.detail()).contains("\"features\"", "twice");
    }

    @Test
    void aTypeGivenTwiceIsRefused() throws IOException {
        GeoJsonException e = failure(utf8("{\"type\":\"FeatureCollection\",\"type\":\"Feature\",\"features\":[]}"));
        assertThat(e).isNotNull();
        assertThat(e.detail()).contains("\"type\"", "twice");
        assertThat(e.column()).isGreaterThan(1);
    }

    @Test
    void duplicateKeysInsideAFeatureAreRefused() throws IOException {
        GeoJsonException e = failure(utf8("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[30,50],\"coordinates\":[31,51]},"
                + "\"properties\":null}]}"));
        assertThat(e).isNotNull();
        assertThat(e.detail()).contains("\"coordinates\"", "twice");
    }

    @Test
    void overlongUtf8IsRefusedWithItsPlace() throws IOException {
        String before = "{\"type\":\"Feature\",\n\"geometry\":{\"type\":\"Point\",\"coordinates\":[30,50]},"
                + "\"properties\":{\"name\":\"\u00e9t\u00e9 ";
        // C0 AF: '/' in two bytes, which UTF-8 forbids.
        GeoJsonException e = failure(bytes(before, new int[] {0xC0, 0xAF}, "\"}}"));
        assertThat(e).isNotNull();
        assertThat(e.detail()).contains("UTF-8", "overlong");
        assertThat(e.line()).isEqualTo(2);
        // Columns count characters: the two accented letters are one column each.
        assertThat(e.column()).isEqualTo(before.length() - before.lastIndexOf('\n'));
    }

    @Test
    void encodedSurrogatesAndStrayBytesAreRefused() throws IOException {
        String start = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[30,50]},"
                + "\"properties\":{\"name\":\"";
        assertThat(failure(bytes(start, new int[] {0xED, 0xA0, 0x80}, "\"}}")).detail()).contains("surrogate");
        assertThat(failure(bytes(start, new int[] {0xE0, 0x80, 0xAF}, "\"}}")).detail()).contains("overlong");
        assertThat(failure(bytes(start, new int[] {0x80}, "\"}}")).detail()).contains("UTF-8");
        assertThat(failure(bytes(start, new int[] {0xF4, 0x90, 0x80, 0x80}, "\"}}")).detail()).contains("U+10FFFF");
        assertThat(failure(bytes(start, new int[] {0xC3}, "\"}}")).detail()).contains("UTF-8");
    }

    @Test
    void malformedUtf8InsideGzipIsRefusedToo() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(bytes(POINT.substring(0, POINT.indexOf("%s")), new int[] {0xC1, 0xBF}, "\"}}"));
        }
        assertThat(failure(gz.toByteArray()).detail()).contains("overlong");
    }

    @Test
    void utf16AndUtf32AreNamedAsSuch() throws IOException {
        String json = POINT.formatted("x");
        byte[] le = json.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        assertThat(failure(withBom).detail()).contains("UTF-16", "byte order mark", "must be UTF-8");
        assertThat(failure(json.getBytes(StandardCharsets.UTF_16BE)).detail()).contains("UTF-16", "must be UTF-8");
        assertThat(failure(json.getBytes(java.nio.charset.Charset.forName("UTF-32LE"))).detail())
                .contains("UTF-32");
    }

    @Test
    void wellFormedMultiByteTextStillLoads() throws Exception {
        Path p = dir.resolve("ok.geojson");
        Files.writeString(p, POINT.formatted("\u0425\u0430\u0440\u043a\u0456\u0432 \u20ac \uD83D\uDDFA"));
        LoadResult r = GeoJsonLoader.load(p);
        assertThat(r.features().get(0).properties().get("name"))
                .isEqualTo("\u0425\u0430\u0440\u043a\u0456\u0432 \u20ac \uD83D\uDDFA");
    }
}
