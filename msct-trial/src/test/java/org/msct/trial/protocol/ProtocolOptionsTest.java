package org.msct.trial.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped protocols against the spec (clinical-definitions.md §1–§6, endpoint-rules.md): defaults the spec argues
 * for, both settings of the options that change the regimen, the schedule or the endpoints (the eligibility options
 * are exercised by {@code org.msct.trial.eligibility.ScreeningOptionsTest}), and the published numbers.
 */
class ProtocolOptionsTest {
    static final Protocol LIANG = ProtocolLoader.require("liang-2010");
    static final Protocol GU = ProtocolLoader.require("gu-2014");
    static final Protocol WANG14 = ProtocolLoader.require("wang-2014");
    static final Protocol WANG18 = ProtocolLoader.require("wang-2018");

    static OptionSettings set(Protocol p, String option, String value) {
        return OptionSettings.of(p, Map.of(option, value));
    }

    @Test
    void po01_unknown_option_or_value_is_refused_naming_what_is_allowed() {
        assertThatThrownBy(() -> set(WANG14, "sledai", "X"))
                .hasMessageContaining("no option 'sledai'")
                .hasMessageContaining("sledaiThreshold, ageRange, lupusNephritis, releaseViability");
        assertThatThrownBy(() -> set(WANG14, "sledaiThreshold", "GE8"))
                .hasMessageContaining("no choice 'GE8'")
                .hasMessageContaining("ABSTRACT_GT6, REGISTRY_GE8");
    }

    @Test
    void po02_defaults_are_those_the_spec_argues_for() {
        assertThat(LIANG.defaults().values())
                .containsExactly(
                        Map.entry("sledaiThreshold", "GT8"), // LIANG-ELIG-1: SLEDAI > 8
                        Map.entry("conditioning", "REGISTRY_CYC_TOTAL"), // registry verified, alternative recalled
                        Map.entry("releaseViability", "FDA_70"));
        assertThat(GU.defaults().values())
                .containsExactly(
                        Map.entry("classificationSet", "ACR_1997"),
                        Map.entry("lnDefinition", "ACTIVE_LN"),
                        Map.entry("refractoryDefinition", "CONVENTIONAL"),
                        Map.entry("flareDenominator", "REMITTERS"), // paper 11/49
                        Map.entry("releaseViability", "FDA_70"));
        assertThat(WANG14.defaults().values())
                .containsExactly(
                        Map.entry("sledaiThreshold", "ABSTRACT_GT6"), // patient 13 entered with SLEDAI 7 (§2.3 [I])
                        Map.entry("ageRange", "CTGOV_15_70"),
                        Map.entry("lupusNephritis", "NOT_REQUIRED"), // patient 12 has no LN
                        Map.entry("releaseViability", "FDA_70"));
        assertThat(WANG18.defaults().values())
                .containsExactly(
                        Map.entry("classificationSet", "ACR_1997"),
                        Map.entry("ageLimit", "NONE"),
                        Map.entry("infusions", "ONE"),
                        Map.entry("remissionDenominator", "ENROLLED"), // Stem Cell Reports 2018: 22/81
                        Map.entry("releaseViability", "FDA_70"));
    }

    @Test
    void po03_liang_conditioning_registry_or_recalled() {
        List<Regimen.Conditioning> reg = LIANG.conditioning(set(LIANG, "conditioning", "REGISTRY_CYC_TOTAL"));
        assertThat(reg).extracting(Regimen.Conditioning::drug).containsExactly(Drug.CYC, Drug.PREDNISONE);
        Regimen.Conditioning cyc = reg.get(0);
        assertThat(List.of(cyc.doseMin(), cyc.doseMax())).containsExactly(0.8, 1.8); // registry: 0.8-1.8 g total
        assertThat(cyc.unit()).isEqualTo(Units.Dose.G);
        assertThat(cyc.per()).isEqualTo("total");
        assertThat(cyc.studyDays()).containsExactly(-1); // 24 h before transplantation
        assertThat(cyc.provenance().tag()).isEqualTo(ProvenanceTag.VERIFIED);

        Regimen.Conditioning rec = LIANG.conditioning(set(LIANG, "conditioning", "RECALLED_CYC_10MG_KG"))
                .get(0);
        assertThat(rec.doseMin()).isEqualTo(10.0);
        assertThat(rec.unit()).isEqualTo(Units.Dose.MG_PER_KG);
        assertThat(rec.studyDays()).containsExactly(-4, -3, -2);
        assertThat(rec.provenance().tag()).isEqualTo(ProvenanceTag.RECALLED);
    }

    @Test
    void po04_release_viability_70_percent_or_none_in_every_protocol() {
        for (Protocol p : List.of(LIANG, GU, WANG14, WANG18)) {
            Regimen.ReleaseSpec fda =
                    p.release(set(p, "releaseViability", "FDA_70")).orElseThrow();
            Regimen.ReleaseSpec isct =
                    p.release(set(p, "releaseViability", "ISCT_ONLY")).orElseThrow();
            assertThat(fda.criteria()).isEqualTo("isct-msc-2006");
            assertThat(fda.minViabilityPercent()).isEqualTo(70.0);
            assertThat(isct.minViabilityPercent()).isNull();
        }
    }

    @Test
    void po05_gu_flare_denominator_remitters_or_enrolled() {
        Endpoint remitters = endpoint(GU, set(GU, "flareDenominator", "REMITTERS"), "RFLARE");
        assertThat(remitters.denominator()).isEqualTo(Endpoint.Denominator.RESPONDERS);
        assertThat(target(remitters)).containsExactly(11, 49, 22.4); // paper
        Endpoint enrolled = endpoint(GU, set(GU, "flareDenominator", "ENROLLED"), "RFLARE");
        assertThat(enrolled.denominator()).isEqualTo(Endpoint.Denominator.ENROLLED);
        assertThat(target(enrolled)).containsExactly(11, 81, 14.0); // ACR abstract
    }

    @Test
    void po06_wang2018_one_or_two_infusions() {
        OptionSettings one = set(WANG18, "infusions", "ONE");
        OptionSettings two = set(WANG18, "infusions", "TWO");
        assertThat(WANG18.infusions(one)).extracting(Regimen.Infusion::studyDay).containsExactly(0);
        assertThat(WANG18.infusions(two)).extracting(Regimen.Infusion::studyDay).containsExactly(0, 7);
        assertThat(WANG18.visits(one)).extracting(Visit::name).doesNotContain("DAY 7");
        assertThat(WANG18.visits(two)).extracting(Visit::name).contains("DAY 7");
    }

    @Test
    void po07_wang2018_remission_denominator_enrolled_or_survivors() {
        OptionSettings enrolled = set(WANG18, "remissionDenominator", "ENROLLED");
        OptionSettings survivors = set(WANG18, "remissionDenominator", "SURVIVORS");
        // Stem Cell Reports 2018: 22/81 (27 %), 6/81 (7 %), 28/81 (34 %); SAT0244: 22/68 (32 %), 6/68 (9 %), 28/68 (41
        // %)
        assertThat(target(endpoint(WANG18, enrolled, "CCR5"))).containsExactly(22, 81, 27.0);
        assertThat(target(endpoint(WANG18, enrolled, "PCR5"))).containsExactly(6, 81, 7.0);
        assertThat(target(endpoint(WANG18, enrolled, "REM5"))).containsExactly(28, 81, 34.0);
        assertThat(target(endpoint(WANG18, survivors, "CCR5"))).containsExactly(22, 68, 32.0);
        assertThat(target(endpoint(WANG18, survivors, "PCR5"))).containsExactly(6, 68, 9.0);
        assertThat(target(endpoint(WANG18, survivors, "REM5"))).containsExactly(28, 68, 41.0);
        assertThat(endpoint(WANG18, survivors, "CCR5").denominator()).isEqualTo(Endpoint.Denominator.SURVIVORS);
    }

    @Test
    void po08_published_numbers_and_denominators() {
        OptionSettings d = WANG14.defaults();
        assertThat(target(endpoint(WANG14, d, "MCR"))).containsExactly(13, 40, 32.5);
        assertThat(target(endpoint(WANG14, d, "PCR"))).containsExactly(11, 40, 27.5);
        assertThat(target(endpoint(WANG14, d, "OS"))).containsExactly(37, 40, 92.5);
        Endpoint relapse = endpoint(WANG14, d, "RELAPSE");
        assertThat(relapse.denominator()).isEqualTo(Endpoint.Denominator.RESPONDERS);
        assertThat(relapse.aggregation()).isEqualTo(Endpoint.Aggregation.NEW_PER_VISIT);
        assertThat(relapse.targets())
                .extracting(Endpoint.Target::numerator, Endpoint.Target::denominator)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, 24), org.assertj.core.groups.Tuple.tuple(4, 24));
        assertThat(endpoint(WANG14, d, "MCR").definition()).isEqualTo("ART-MCR-1");
        assertThat(endpoint(WANG14, d, "PCR").alternatives()).contains("ART-PCR-2", "ART-PCR-3");

        Endpoint ever = endpoint(GU, GU.defaults(), "RREM_EVER");
        assertThat(ever.aggregation()).isEqualTo(Endpoint.Aggregation.BEST_EVER);
        assertThat(target(ever)).containsExactly(49, 81, 60.5);
        assertThat(endpoint(GU, GU.defaults(), "RREM_VISIT").aggregation())
                .isEqualTo(Endpoint.Aggregation.STATUS_AT_VISIT);

        Endpoint prel = endpoint(LIANG, LIANG.defaults(), "PROT_REL");
        assertThat(prel.denominator()).isEqualTo(Endpoint.Denominator.AT_RISK);
        assertThat(prel.targets().get(0).numerator()).isEqualTo(2);
        assertThat(prel.targets().get(0).denominator()).isEqualTo(13);
        Endpoint sledai = endpoint(LIANG, LIANG.defaults(), "SLEDAI_CHG");
        assertThat(sledai.targets().get(0).n()).isEqualTo(12);
        assertThat(List.of(
                        sledai.targets().get(0).baselineMean(),
                        sledai.targets().get(0).mean()))
                .containsExactly(12.2, 3.2);

        assertThat(target(endpoint(WANG18, WANG18.defaults(), "OS5"))).containsExactly(68, 81, 84.0);
        assertThat(target(endpoint(WANG18, WANG18.defaults(), "RELAPSE"))).containsExactly(9, 37, 24.0);
    }

    @Test
    void po09_visit_days_are_months_of_365_25_over_12_days_rounded() {
        // 1 -> 30.44 -> 30; 3 -> 91.31 -> 91; 6 -> 182.63 -> 183; 9 -> 273.94 -> 274; 12 -> 365.25 -> 365
        assertThat(WANG14.visits(WANG14.defaults()))
                .extracting(Visit::name, Visit::studyDay)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SCREENING", -14),
                        org.assertj.core.groups.Tuple.tuple("DAY 0", 0),
                        org.assertj.core.groups.Tuple.tuple("DAY 7", 7),
                        org.assertj.core.groups.Tuple.tuple("MONTH 1", 30),
                        org.assertj.core.groups.Tuple.tuple("MONTH 3", 91),
                        org.assertj.core.groups.Tuple.tuple("MONTH 6", 183),
                        org.assertj.core.groups.Tuple.tuple("MONTH 9", 274),
                        org.assertj.core.groups.Tuple.tuple("MONTH 12", 365));
        Visit m3 = WANG14.visits(WANG14.defaults()).get(4);
        Visit m6 = WANG14.visits(WANG14.defaults()).get(5);
        assertThat(List.of(m3.windowBefore(), m3.windowAfter(), m6.windowBefore(), m6.windowAfter()))
                .containsExactly(14, 14, 30, 30); // endpoint-rules.md §1.4 assumption
        // years 2-5: 730.5 -> 731, 1095.75 -> 1096, 1461, 1826.25 -> 1826, +/-60 days
        assertThat(WANG18.visits(WANG18.defaults()).stream()
                        .filter(v -> v.name().startsWith("YEAR"))
                        .toList())
                .extracting(Visit::studyDay, Visit::windowBefore)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(731, 60),
                        org.assertj.core.groups.Tuple.tuple(1096, 60),
                        org.assertj.core.groups.Tuple.tuple(1461, 60),
                        org.assertj.core.groups.Tuple.tuple(1826, 60));
        assertThat(WANG14.visits(WANG14.defaults()).get(3).optional()).isTrue(); // month 1 optional
    }

    @Test
    void po10_regimens_as_published() {
        for (Protocol p : List.of(LIANG, GU, WANG14, WANG18)) {
            assertThat(p.regimen().dose().value()).isEqualTo(1.0);
            assertThat(p.regimen().dose().unit()).isEqualTo("10^6/kg");
        }
        assertThat(LIANG.regimen().cells().sources()).containsExactly(CellSource.BONE_MARROW);
        assertThat(GU.regimen().cells().sources()).containsExactly(CellSource.BONE_MARROW, CellSource.UMBILICAL_CORD);
        assertThat(WANG14.regimen().cells().sources()).containsExactly(CellSource.UMBILICAL_CORD);
        assertThat(WANG14.infusions(WANG14.defaults()))
                .extracting(Regimen.Infusion::studyDay)
                .containsExactly(0, 7);
        assertThat(WANG14.regimen().dose().provenance().tag()).isEqualTo(ProvenanceTag.RECALLED); // per infusion [R]
        assertThat(WANG18.source().citations()).extracting(Citation::doi).contains("10.1016/j.stemcr.2018.01.029");
        assertThat(WANG14.source().registry()).containsExactly("NCT01741857");
        assertThat(LIANG.source().registry()).containsExactly("NCT00698191");
    }

    static Endpoint endpoint(Protocol p, OptionSettings s, String id) {
        return p.endpoints(s).stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    static List<Object> target(Endpoint e) {
        Endpoint.Target t = e.targets().get(0);
        return java.util.Arrays.asList(t.numerator(), t.denominator(), t.percent());
    }
}
