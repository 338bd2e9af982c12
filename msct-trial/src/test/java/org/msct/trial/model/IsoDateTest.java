package org.msct.trial.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ISO 8601 partial dates as SDTMIG 3.4 §4.4 allows them (right truncation, never imputed). */
class IsoDateTest {
    @ParameterizedTest
    @CsvSource({
        "2024, YEAR",
        "2024-03, MONTH",
        "2024-03-08, DAY",
        "2024-03-08T10, HOUR",
        "2024-03-08T10:05, MINUTE",
        "2024-03-08T10:05:30, SECOND",
        "2024-02-29, DAY"
    })
    void d01_accepted_forms_and_their_precision(String text, IsoDate.Precision p) {
        assertThat(IsoDate.parse(text).precision()).isEqualTo(p);
        assertThat(IsoDate.parse(text).text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "24",
                "2024-3",
                "2024-13",
                "2023-02-29",
                "2024-04-31",
                "2024-03-08 10:05",
                "2024-03-08T24:00",
                "2024-03-08T10:60",
                "2004---15",
                "2024-03-08T10:05Z",
                "2024-03-08T10:05:30.5",
                "20240308"
            })
    void d02_rejected_forms(String text) {
        assertThat(IsoDate.problem(text)).isNotNull();
        assertThatThrownBy(() -> IsoDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void d03_partial_dates_are_never_imputed() {
        assertThat(IsoDate.parse("2024-03").date()).isEmpty();
        assertThat(IsoDate.parse("2024-03").month()).hasValue(3);
        assertThat(IsoDate.parse("2024-03").day()).isEmpty();
        assertThat(IsoDate.parse("2024-03-08T10").date()).contains(LocalDate.of(2024, 3, 8));
        assertThat(IsoDate.parse("2024-03-08T10").dateTime()).isEmpty();
        assertThat(IsoDate.parse("2024-03-08T10:05").dateTime()).contains(LocalDateTime.of(2024, 3, 8, 10, 5));
    }

    @Test
    void d04_comparison_only_when_the_known_components_decide() {
        IsoDate march = IsoDate.parse("2024-03");
        assertThat(march.compareKnown(IsoDate.parse("2024-03-08"))).isEmpty(); // could be before or after
        assertThat(march.compareKnown(IsoDate.parse("2024-04-01"))).hasValue(-1);
        assertThat(IsoDate.parse("2024-03-08").compareKnown(IsoDate.parse("2024-03-08")))
                .hasValue(0);
        assertThat(IsoDate.parse("2024-03-08T09:00").isSurelyBefore(IsoDate.parse("2024-03-08T10:00")))
                .isTrue();
        assertThat(IsoDate.parse("2024").isSurelyBefore(IsoDate.parse("2024-06-01")))
                .isFalse();
    }
}
