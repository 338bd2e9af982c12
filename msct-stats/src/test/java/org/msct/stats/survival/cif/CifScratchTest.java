package org.msct.stats.survival.cif;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msct.stats.data.TteReader;
import org.msct.testkit.OracleCompare;

class CifScratchTest {
    @Test
    void scratch() throws Exception {
        Path dir = Path.of(System.getProperty("cif.scratch", "/tmp/cifx/rand"));
        List<String> bad = new ArrayList<>();
        double[] maxRel = {0};
        String[] where = {""};
        try (Stream<Path> s = Files.list(dir)) {
            for (Path e : s.filter(p -> p.toString().endsWith(".expected.json")).sorted().toList()) {
                JsonNode exp = OracleCompare.readTree(e);
                JsonNode args = exp.get("args");
                Map<Integer, String> labels = new HashMap<>();
                if (args.has("cause_labels")) {
                    for (String kv : args.get("cause_labels").asText().split(",")) {
                        String[] p = kv.split("=");
                        labels.put(Integer.parseInt(p[0]), p[1]);
                    }
                }
                double[] times = null;
                if (args.has("times")) {
                    String[] p = args.get("times").asText().split(",");
                    times = new double[p.length];
                    for (int i = 0; i < p.length; i++) times[i] = Double.parseDouble(p[i]);
                }
                var d = TteReader.read(dir.resolve(exp.get("input").asText()), 99, null, List.of());
                for (int w = 0; w < (d.size() > 100000 ? 2 : 0); w++) {
                    long a0 = System.nanoTime();
                    CifReport.results(d, labels, times);
                    System.out.println("results only ms=" + (System.nanoTime() - a0) / 1e6);
                }
                long t0 = System.nanoTime();
                var res = CifReport.results(d, labels, times);
                long t1 = System.nanoTime();
                String js = res.toJson();
                if (System.getProperty("cif.dump") != null) Files.writeString(dir.resolve(e.getFileName().toString().replace(".expected.json", ".actual.json")), js);
                JsonNode act = OracleCompare.readTree(js);
                List<String> mm = new OracleCompare(p -> 1e-9, p -> false).compare(exp.get("results"), act);
                new OracleCompare(p -> {
                    return 0;
                }, p -> false).compare(exp.get("results"), act).forEach(line -> {
                    int i = line.indexOf("rel. diff ");
                    if (i > 0) {
                        double r = Double.parseDouble(line.substring(i + 10, line.indexOf(',', i)));
                        if (r > maxRel[0]) {
                            maxRel[0] = r;
                            where[0] = e.getFileName() + " " + line;
                        }
                    }
                });
                System.out.println(e.getFileName() + " n=" + d.size() + " ms=" + (t1 - t0) / 1e6 + " mismatches=" + mm.size());
                for (int i = 0; i < Math.min(5, mm.size()); i++) bad.add(e.getFileName() + ": " + mm.get(i));
            }
        }
        System.out.println("max rel " + maxRel[0] + " at " + where[0]);
        bad.forEach(System.out::println);
        if (!bad.isEmpty()) throw new AssertionError(bad.size() + " mismatches");
    }
}
