package org.msct.derivations.tte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.msct.derivations.Fixtures.courses;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msct.derivations.adsl.Adsl;
import org.msct.derivations.course.Adrs;
import org.msct.derivations.dataset.Dataset;
import org.msct.derivations.dataset.Row;
import org.msct.derivations.dataset.Variable;
import org.msct.derivations.renal.RenalResponseTest;
import org.msct.derivations.tte.TteParameter.TimeUnit;

/**
 * ADTTE for the renal cohort of {@link RenalResponseTest} (origin = first infusion, day 0), by hand:
 *
 * <pre>
 * TTRR (first CR/PR)  R01 91 ev, R02 91 ev, R03 95 ev, R04 10 cens 2 (death, no assessment), R05 365 cens 1,
 *                     R06 182 ev (M3 NE, PR at M6), R07 365 cens 1, R08 91 ev
 * TTFLARE (from first remission)  R01 273-91 = 182 ev, R02 182 ev, R03 365-95 = 270 cens 1, R06 365-182 = 183 cens 1,
 *                     R08 death 250-91 = 159 cens 2 (later than its last assessment, day 182); R04 R05 R07 no record
 * OS                  R04 10 ev, R08 250 ev, others alive at last contact day 400, cens 1
 * </pre>
 */
class TimeToEventTest {
    static Dataset adtte(List<TteParameter> params) {
        Dataset adsl = Adsl.deriveAdsl(RenalResponseTest.SUBJECTS);
        Dataset adrs = Adrs.deriveAdrs(
                courses(RenalResponseTest.SUBJECTS, RenalResponseTest.observations(), RenalResponseTest.GU),
                RenalResponseTest.GU);
        return TimeToEvent.deriveTte(adsl, Map.of("ADRS", adrs), params);
    }

    static List<String> summary(Dataset d, String paramcd) {
        return d.rows().stream()
                .filter(r -> r.is("PARAMCD", paramcd))
                .map(r -> r.str("USUBJID") + " " + r.dec("AVAL").intValue() + " " + r.integer("CNSR"))
                .toList();
    }

    @Test
    void e01_time_to_first_renal_remission() {
        Dataset d = adtte(TteDefinitions.standard("TTRR"));
        assertThat(summary(d, "TTRR"))
                .containsExactly(
                        "R01 91 0",
                        "R02 91 0",
                        "R03 95 0",
                        "R04 10 2",
                        "R05 365 1",
                        "R06 182 0",
                        "R07 365 1",
                        "R08 91 0");
        Row r04 = d.rows().stream()
                .filter(r -> r.is("USUBJID", "R04"))
                .findFirst()
                .orElseThrow();
        assertThat(List.of(r04.str("EVNTDESC"), r04.str("CNSDTDSC"), r04.str("SRCDOM"), r04.str("SRCVAR")))
                .containsExactly("DEATH BEFORE RESPONSE", "DATE OF DEATH", "ADSL", "DTHDT");
        Row r01 = d.rows().get(0);
        assertThat(List.of(r01.str("EVNTDESC"), r01.str("SRCDOM"), r01.str("SRCVAR")))
                .containsExactly("FIRST RENAL REMISSION (CR OR PR)", "ADRS", "ADT");
        assertThat(r01.integer("SRCSEQ")).isEqualTo(6); // R01's ADRS rows: 4 visits, BESTREN, FRSTREN
        assertThat(r01.str("CNSDTDSC")).isNull();
    }

    @Test
    void e02_time_to_flare_after_remission_only_for_responders() {
        Dataset d = adtte(TteDefinitions.standard("TTFLARE"));
        assertThat(summary(d, "TTFLARE"))
                .containsExactly("R01 182 0", "R02 182 0", "R03 270 1", "R06 183 1", "R08 159 2");
        assertThat(d.rows().get(0).date("STARTDT")).isEqualTo(org.msct.derivations.Fixtures.day(91));
    }

    @Test
    void e03_overall_survival() {
        Dataset d = adtte(TteDefinitions.standard("OS"));
        assertThat(summary(d, "OS"))
                .containsExactly(
                        "R01 400 1",
                        "R02 400 1",
                        "R03 400 1",
                        "R04 10 0",
                        "R05 400 1",
                        "R06 400 1",
                        "R07 400 1",
                        "R08 250 0");
    }

    @Test
    void e04_months_unit_and_source_ties() {
        TteParameter os = TteDefinitions.standard("OS").get(0);
        TteParameter months = new TteParameter(
                "OSM",
                "Overall Survival (Months)",
                TimeUnit.MONTHS,
                os.population(),
                os.origin(),
                os.events(),
                os.censors());
        Row r04 = adtte(List.of(months)).rows().stream()
                .filter(r -> r.is("USUBJID", "R04"))
                .findFirst()
                .orElseThrow();
        assertThat(r04.dec("AVAL")).isCloseTo(10 / 30.4375, within(1e-12));
        // two censoring sources on the same date: the first listed wins; an event before the origin is ignored
        Variable id = Variable.chr("USUBJID", "Unique Subject Identifier", 4);
        Dataset src = new Dataset(
                "SRC",
                "s",
                List.of(id, Variable.chr("K", "Kind", 1), Variable.date("D", "Date")),
                List.of(
                        Row.of("USUBJID", "R01", "K", "E", "D", org.msct.derivations.Fixtures.day(-5)),
                        Row.of("USUBJID", "R01", "K", "A", "D", org.msct.derivations.Fixtures.day(50)),
                        Row.of("USUBJID", "R01", "K", "B", "D", org.msct.derivations.Fixtures.day(50))));
        TteParameter p = new TteParameter(
                "X",
                "X (Days)",
                TimeUnit.DAYS,
                List.of(Where.in("USUBJID", "R01")),
                os.origin(),
                List.of(new EventSource("SRC", List.of(Where.in("K", "E")), "D", "EARLY")),
                List.of(
                        new CensorSource("SRC", List.of(Where.in("K", "B")), "D", 2, "B", "B DATE"),
                        new CensorSource("SRC", List.of(Where.in("K", "A")), "D", 1, "A", "A DATE")));
        Dataset adsl = Adsl.deriveAdsl(RenalResponseTest.SUBJECTS);
        List<Row> rows =
                TimeToEvent.deriveTte(adsl, Map.of("SRC", src), List.of(p)).rows();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).integer("CNSR")).isEqualTo(2);
        assertThat(rows.get(0).dec("AVAL")).isEqualTo(50.0);
    }
}
