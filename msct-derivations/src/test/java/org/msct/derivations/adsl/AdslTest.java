package org.msct.derivations.adsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msct.derivations.Fixtures.D0;
import static org.msct.derivations.Fixtures.day;
import static org.msct.derivations.Fixtures.subject;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.msct.derivations.Fixtures;
import org.msct.derivations.dataset.Dataset;
import org.msct.derivations.dataset.Row;
import org.msct.derivations.input.Disposition;
import org.msct.derivations.input.Observation;
import org.msct.derivations.input.SubjectRecord;

/**
 * ADSL flags and dates for four hand-made subjects.
 *
 * <pre>
 * A01  infused d0 and d7, completed, last contact d400            SAFFL Y COMPLFL Y, TRTEDT d7, EOSDT d400, LSTALVDT d400
 * A02  infused d0, died d10 before the first visit                SAFFL Y COMPLFL N DTHFL Y, EOSDT = DTHDT = LSTALVDT = d10
 * A03  enrolled d-7, never infused, discontinued d-1              SAFFL N, no TRTSDT, ITTFL Y, EOSDT d-1
 * A04  infused d0, ongoing at d200                                COMPLFL N, EOSDT missing
 * </pre>
 */
class AdslTest {
    static final SubjectRecord A03 = new SubjectRecord(
            "MSCT01",
            "MSCT01-02-003",
            "02",
            "UC-MSC 1x10^6 cells/kg",
            OptionalInt.of(41),
            "M",
            OptionalDouble.empty(),
            "UMBILICAL CORD",
            day(-7),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            day(-1),
            Disposition.DISCONTINUED,
            Optional.of(day(-1)),
            Map.of("LNCLASS", "IV"));

    static final List<SubjectRecord> SUBJECTS = List.of(
            subject("MSCT01-01-001", 400, null),
            subject("MSCT01-01-002", 0, 10),
            A03,
            subject("MSCT01-01-004", 200, null));

    static Row row(Dataset d, String id) {
        return d.rows().stream().filter(r -> r.is("USUBJID", id)).findFirst().orElseThrow();
    }

    @Test
    void a01_population_flags() {
        Dataset adsl = Adsl.deriveAdsl(SUBJECTS);
        assertThat(adsl.rows())
                .extracting(r -> r.str("ITTFL") + r.str("SAFFL") + r.str("COMPLFL"))
                .containsExactly("YYY", "YYN", "YNN", "YYN");
        assertThat(adsl.rows()).extracting(r -> r.str("DTHFL")).containsExactly(null, "Y", null, null);
    }

    @Test
    void a02_dates() {
        Dataset adsl = Adsl.deriveAdsl(SUBJECTS);
        Row a01 = row(adsl, "MSCT01-01-001");
        assertThat(a01.date("TRTSDT")).isEqualTo(D0);
        assertThat(a01.date("TRTEDT")).isEqualTo(day(7));
        assertThat(a01.date("EOSDT")).isEqualTo(day(400));
        assertThat(a01.str("EOSSTT")).isEqualTo("COMPLETED");
        Row a02 = row(adsl, "MSCT01-01-002");
        assertThat(List.of(a02.date("DTHDT"), a02.date("EOSDT"), a02.date("LSTALVDT")))
                .containsOnly(day(10));
        Row a03 = row(adsl, "MSCT01-02-003");
        assertThat(a03.date("TRTSDT")).isNull();
        assertThat(a03.str("TRT01A")).isNull();
        assertThat(a03.date("EOSDT")).isEqualTo(day(-1));
        assertThat(row(adsl, "MSCT01-01-004").date("EOSDT")).isNull();
    }

    @Test
    void a03_characteristics_and_baseline_covariates_from_bds() {
        Dataset adsl = Adsl.deriveAdsl(SUBJECTS);
        Row a03 = row(adsl, "MSCT01-02-003");
        assertThat(a03.str("SUBJID")).isEqualTo("003");
        assertThat(a03.integer("AGE")).isEqualTo(41);
        assertThat(a03.dec("DISDUR")).isNull();
        assertThat(a03.str("LNCLASS")).isEqualTo("IV");
        assertThat(row(adsl, "MSCT01-01-001").str("LNCLASS")).isNull();
        // baseline SLEDAI 14 on day -2 for A01; A02 has none
        List<Observation> obs = List.of(
                Observation.score("MSCT01-01-001", day(-2), "SLEDAI", 14),
                Observation.score("MSCT01-01-001", day(91), "SLEDAI", 4));
        Dataset bds = Fixtures.bds(SUBJECTS, obs);
        Dataset withCov = Adsl.deriveBaselineCovariates(adsl, bds, Map.of("SLEDAI", "SLEDBL"));
        assertThat(row(withCov, "MSCT01-01-001").dec("SLEDBL")).isEqualTo(14.0);
        assertThat(row(withCov, "MSCT01-01-002").dec("SLEDBL")).isNull();
        assertThat(withCov.variable("SLEDBL").orElseThrow().derivation()).contains("ABLFL=Y");
    }
}
