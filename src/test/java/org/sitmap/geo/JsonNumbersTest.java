package org.sitmap.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Numbers read from the parser's characters have exactly the value Jackson gives them, bit for bit. */
class JsonNumbersTest {

    @Test
    void valuesAreJacksonsToTheBit() throws IOException {
        List<String> numbers = new ArrayList<>(List.of("0", "-0", "0.0", "-0.0", "-0e5", "1", "-1", "12.5", "-58.20012",
                "179.99999999999999", "0.1", "0.30000000000000004", "123456789012345", "1234567890123456",
                "12345678901234567890123", "1e22", "1e23", "1.5E+3", "2.5e-3", "-7.000000000000000001", "1e-400",
                "1e400", "4.9e-324", "9007199254740993", "0.000001234", "90", "-180.0", "1E0"));
        Random random = new Random(14);
        for (int i = 0; i < 20_000; i++) {
            int decimals = random.nextInt(17);
            double v = (random.nextDouble() - 0.5) * (random.nextBoolean() ? 360 : Math.pow(10, random.nextInt(30)));
            numbers.add(String.format(Locale.ROOT, "%." + decimals + "f", v));
            numbers.add(Double.toString(v));
            numbers.add(Long.toString(random.nextLong() >> random.nextInt(64)));
        }
        byte[] json = ("[" + String.join(",", numbers) + "]").getBytes(StandardCharsets.UTF_8);
        try (JsonParser ours = GeoJsonLoader.JSON.createParser(json);
                JsonParser jackson = GeoJsonLoader.JSON.createParser(json)) {
            ours.nextToken();
            jackson.nextToken();
            for (String n : numbers) {
                ours.nextToken();
                jackson.nextToken();
                assertThat(Double.doubleToRawLongBits(JsonNumbers.value(ours))).as(n)
                        .isEqualTo(Double.doubleToRawLongBits(jackson.getDoubleValue()));
            }
        }
    }
}
