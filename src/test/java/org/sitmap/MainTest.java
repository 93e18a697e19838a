package org.sitmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void theInstalledApplicationStartsWithTheWindowsJvmOptions() throws IOException {
        // `java -jar` gets them by relaunching; the installed launcher, whose runtime has no java command to
        // relaunch with, only from jpackage's --java-options.
        String script = Files.readString(Path.of("installer/build.sh"));
        Matcher m = Pattern.compile("--java-options \"([^\"]*)\"").matcher(script);
        assertThat(m.find()).as("installer/build.sh passes --java-options").isTrue();
        assertThat(m.group(1).split(" ")).contains(Main.WINDOW_OPTIONS.toArray(String[]::new));
    }
}
