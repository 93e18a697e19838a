package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumberTextTest {
    private final NumberText people = new NumberText(Locale.US, true, 0.0, true);

    @Test
    void countsAreTypedWithOrWithoutGrouping() {
        assertThat(people.parse("11000")).isEqualTo(11000L);
        assertThat(people.parse("11,000")).isEqualTo(11000L);
        assertThat(people.parse("11 000")).isEqualTo(11000L);
        assertThat(people.parse("11\u202F000")).isEqualTo(11000L);
        assertThat(people.parse("")).isNull();
    }

    @Test
    void countsShowAsWholeNumbersWithGrouping() {
        assertThat(people.format(11000L)).isEqualTo("11,000");
        assertThat(people.format(11000.0)).isEqualTo("11,000");
    }

    @Test
    void negativeFractionalAndNonNumbersAreRefusedInWords() {
        assertThatThrownBy(() -> people.parse("-5")).hasMessageContaining("0 or more").hasMessageContaining("-5");
        assertThatThrownBy(() -> people.parse("12.5")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> people.parse("many")).hasMessageContaining("not a number");
    }

    @Test
    void decimalsShowWithoutTrailingZerosAndFollowTheLocale() {
        NumberText km = new NumberText(Locale.US, false, 0.0, false);
        assertThat(km.format(12.0)).isEqualTo("12");
        assertThat(km.format(12.5)).isEqualTo("12.5");
        assertThat(km.parse("12.5")).isEqualTo(12.5);
        assertThatThrownBy(() -> km.parse("0")).hasMessageContaining("more than 0");
        NumberText german = new NumberText(Locale.GERMANY, false, null, true);
        assertThat(german.parse("12,5")).isEqualTo(12.5);
        assertThat(german.parse("-30")).isEqualTo(-30.0);
        assertThat(german.format(1234.5)).isEqualTo("1.234,5");
    }
}
