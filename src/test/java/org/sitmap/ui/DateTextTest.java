package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateTextTest {
    private static final LocalDate AUG_12 = LocalDate.of(2024, 8, 12);

    @Test
    void isoIsAcceptedInEveryLocale() {
        for (Locale l : new Locale[] {Locale.US, Locale.UK, Locale.GERMANY, Locale.forLanguageTag("uk-UA"),
            Locale.forLanguageTag("ru-RU"), Locale.ROOT}) {
            assertThat(new DateText(l).parse("2024-08-12")).as(l.toString()).isEqualTo(AUG_12);
        }
    }

    @Test
    void theLocalesOwnFormsAreAccepted() {
        assertThat(new DateText(Locale.US).parse("8/12/2024")).isEqualTo(AUG_12);
        assertThat(new DateText(Locale.US).parse("8/12/24")).isEqualTo(AUG_12);
        assertThat(new DateText(Locale.US).parse("Aug 12, 2024")).isEqualTo(AUG_12);
        assertThat(new DateText(Locale.UK).parse("12/08/2024")).isEqualTo(AUG_12);
        assertThat(new DateText(Locale.GERMANY).parse("12.08.2024")).isEqualTo(AUG_12);
    }

    @Test
    void dayMonthInWordsAndYearIsAccepted() {
        DateText dates = new DateText(Locale.ENGLISH);
        assertThat(dates.parse("12 Aug 2024")).isEqualTo(AUG_12);
        assertThat(dates.parse(" 12 august 2024 ")).isEqualTo(AUG_12);
        assertThat(dates.parse("12 August, 2024")).isEqualTo(AUG_12);
    }

    @Test
    void blankMeansNoDate() {
        assertThat(new DateText(Locale.US).parse("  ")).isNull();
        assertThat(new DateText(Locale.US).format(null)).isEmpty();
    }

    @Test
    void aDayThatDoesNotExistIsRefusedNotRolledOver() {
        assertThatThrownBy(() -> new DateText(Locale.UK).parse("31/02/2024"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("31/02/2024")
                .hasMessageContaining("not a day");
        assertThatThrownBy(() -> new DateText(Locale.US).parse("2024-02-30"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-02-30");
    }

    @Test
    void nonsenseIsRefusedWithAnExampleOfWhatWorks() {
        assertThatThrownBy(() -> new DateText(Locale.US).parse("yesterday-ish"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yesterday-ish")
                .hasMessageContaining("is not a date").hasMessageContaining("2024-08-12");
    }

    @Test
    void shownDatesReadBackToTheSameDay() {
        for (Locale l : new Locale[] {Locale.US, Locale.UK, Locale.GERMANY, Locale.forLanguageTag("uk-UA")}) {
            DateText dates = new DateText(l);
            assertThat(dates.parse(dates.format(AUG_12))).as(l.toString()).isEqualTo(AUG_12);
        }
        assertThat(new DateText(Locale.ENGLISH).format(AUG_12)).isEqualTo("12 Aug 2024");
    }
}
