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

    @Test
    void jvmOptionsAreReadFromAJavaCommandLineUpToTheMainClass() {
        assertThat(Main.optionsBeforeMain(java.util.List.of("-Xmx1g", "-Dsitmap.home=/tmp/a b", "-jar",
                "target/sitmap.jar", "info", "-Xmn1m"))).containsExactly("-Xmx1g", "-Dsitmap.home=/tmp/a b");
        assertThat(Main.optionsBeforeMain(java.util.List.of("-cp", "a.jar:b.jar", "-Xmn64m", "org.sitmap.Main",
                "bench"))).containsExactly("-Xmn64m");
        assertThat(Main.optionsBeforeMain(java.util.List.of("-jar", "sitmap.jar"))).isEmpty();
        // What only the JVM can unfold is left to it: argument files, module options.
        assertThat(Main.optionsBeforeMain(java.util.List.of("@opts", "-jar", "sitmap.jar"))).isNull();
        assertThat(Main.optionsBeforeMain(java.util.List.of("--add-opens", "a/b=c", "-jar", "s.jar"))).isNull();
    }

    @Test
    void anOptionIsKnownByItsName() {
        assertThat(Main.optionName("-XX:MaxHeapFreeRatio=30")).isEqualTo("-XX:MaxHeapFreeRatio");
        assertThat(Main.optionName("-Xms64m")).isEqualTo("-Xms");
        assertThat(Main.optionName("-Xmn128m")).isEqualTo("-Xmn");
        assertThat(Main.optionName("-XX:+UseSerialGC")).isEqualTo("-XX:+UseSerialGC");
    }

    @Test
    void shortCommandsGetALargerYoungGenerationUnlessTheUserSizedTheHeap() {
        assertThat(Main.shortCommandOptions(java.util.List.of("-Dx=y"))).contains("-XX:TieredStopAtLevel=1")
                .anyMatch(o -> o.matches("-Xmn[1-9][0-9]*m"));
        // picocli's Java 5 classes, loaded without the old verifier's checks (the jar is found on the class path).
        assertThat(Main.shortCommandOptions(java.util.List.of())).anyMatch(o -> o.startsWith("-Xbootclasspath/a:")
                && o.contains("picocli-") && o.endsWith(".jar"));
        for (String given : new String[] {"-Xmx512m", "-Xms1g", "-Xmn64m", "-XX:MaxRAMPercentage=50"}) {
            assertThat(Main.shortCommandOptions(java.util.List.of(given))).as(given).contains("-XX:+UseSerialGC")
                    .noneMatch(o -> o.startsWith("-Xmn"));
        }
    }

    @Test
    void theWindowKeepsTheUsersHeapChoices() {
        assertThat(Main.windowOptions(java.util.List.of("-Dx=y"))).containsExactlyElementsOf(Main.WINDOW_OPTIONS);
        // A maximum under our initial heap would stop the JVM: "Initial heap size set to a larger value".
        assertThat(Main.windowOptions(java.util.List.of("-Xmx48m"))).noneMatch(o -> o.startsWith("-Xms"));
        assertThat(Main.windowOptions(java.util.List.of("-XX:InitialHeapSize=1g"))).noneMatch(o -> o.startsWith("-Xms"));
        // Max 5 % free under our min of 10 % would too: the two go together.
        assertThat(Main.windowOptions(java.util.List.of("-XX:MaxHeapFreeRatio=5")))
                .noneMatch(o -> o.contains("HeapFreeRatio")).anyMatch(o -> o.startsWith("-Xms"));
    }

    @Test
    void thisJvmsOwnOptionsAreFound() {
        // Surefire starts the test JVM with the pom's argLine.
        assertThat(Main.jvmOptions()).contains("-Xmx2g");
    }
}
