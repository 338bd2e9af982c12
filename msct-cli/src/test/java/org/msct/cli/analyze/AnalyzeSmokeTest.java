package org.msct.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AnalyzeSmokeTest {
    @Test
    void a00_smoke() {
        var r = AnalyzeRunner.run("../examples/bundle", "--out", "target/analyze-smoke", "--adam");
        System.err.println(r.err());
        assertThat(r.code()).isZero();
    }
}
