package org.msct.cli.validate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.msct.cli.conventions.Cli;
import org.msct.core.error.UsageException;
import org.msct.core.json.JsonObject;
import org.msct.core.json.JsonWriter;
import org.msct.trial.bundle.BundleReader;
import org.msct.trial.bundle.ReadResult;
import org.msct.trial.bundle.SyntheticBundle;
import org.msct.trial.finding.Finding;
import org.msct.trial.validate.Rule;
import org.msct.trial.validate.ValidationReport;
import org.msct.trial.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code msct validate BUNDLE}: structural and clinical-consistency checks of a study bundle, all or nothing. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Validates a study bundle (docs/bundle-format.md: SDTM datasets as CSV or Dataset-JSON plus study.json)"
                    + " and lists every finding with file, row, variable, value and rule: structural problems found"
                    + " while reading (BUNDLE-* rules: unknown file, missing variable, bad number or date, unknown"
                    + " USUBJID/SITEID/EXLOT, duplicate USUBJID/--SEQ/VISITNUM ...) and the consistency rules (VAL-*:"
                    + " dates before consent, visit windows and order, lab codes, units and standard results, QS item"
                    + " codes and SLEDAI-2K totals, infused dose and lot release, infusions before enrolment or after"
                    + " death, death records, AE dates and grade 5).",
            "",
            "Import is all-or-nothing: with any ERROR nothing is loaded. WARNINGs (visit outside its window,"
                    + " subject without infusion, ignored files) are reported and the bundle loads."
        },
        footer = {
            "",
            "Examples:",
            "  ./msct validate examples/bundle",
            "  ./msct validate examples/bundle --format json --max-findings 0",
            "",
            "Exit codes: 0 no errors (warnings allowed), 2 usage error, 3 the bundle has errors."
        })
public final class ValidateCommand implements Callable<Integer> {
    /** Output formats. */
    public enum Format {
        text,
        json
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "BUNDLE", description = "Bundle folder.")
    @Nullable
    Path bundle;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.text;

    @Option(
            names = "--max-findings",
            paramLabel = "N",
            description = "Print at most N findings (default 200; 0 prints all). Counts always cover all.")
    int maxFindings = 200;

    @Option(names = "--rules", description = "List the validation rules and exit.")
    boolean listRules;

    @Option(
            names = "--generate-synthetic",
            hidden = true,
            paramLabel = "DIR",
            description = "Benchmark: write a synthetic bundle to DIR (SyntheticBundle) and exit.")
    @Nullable
    Path generate;

    @Option(names = "--subjects", hidden = true, paramLabel = "N")
    int subjects = 10_000;

    @Option(names = "--visits", hidden = true, paramLabel = "V")
    int visits = 20;

    @Option(names = "--seed", hidden = true, paramLabel = "SEED")
    long seed = 1;

    /**
     * Runs {@code validate} alone ({@code java -cp msct.jar org.msct.cli.validate.ValidateCommand BUNDLE}); used by
     * bench/validate.sh so the benchmark does not depend on the command's registration in Main.
     */
    public static void main(String[] args) {
        System.exit(Cli.commandLine(new ValidateCommand()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (maxFindings < 0) throw new UsageException("--max-findings must be >= 0: " + maxFindings);
        if (listRules) {
            for (Rule r : Validator.standard().rules()) {
                out.println(r.id() + "  " + r.severity() + "  " + r.description() + "  (" + r.source() + ")");
            }
            out.flush();
            return 0;
        }
        if (generate != null) return generate(err);
        if (bundle == null) throw new UsageException("missing BUNDLE (a bundle folder)");
        if (!Files.isDirectory(bundle)) throw new UsageException("bundle folder not found: " + bundle);
        long t0 = System.nanoTime();
        err.println("msct validate: reading " + bundle + " ...");
        err.flush();
        ReadResult read = BundleReader.read(bundle, m -> {
            err.println(String.format(Locale.ROOT, "msct validate: %.1f s %s", (System.nanoTime() - t0) / 1e9, m));
            err.flush();
        });
        double readSec = (System.nanoTime() - t0) / 1e9;
        err.println(String.format(Locale.ROOT, "msct validate: read in %.2f s; checking the rules ...", readSec));
        err.flush();
        String ext = Files.exists(bundle.resolve("dm.json")) ? ".json" : ".csv";
        ValidationReport r = Validator.standard().validate(read, ext);
        double sec = (System.nanoTime() - t0) / 1e9;
        if (format == Format.json) out.println(JsonWriter.write(json(r, sec)));
        else text(out, r, sec);
        out.flush();
        return r.hasErrors() ? Cli.EXIT_DATA : 0;
    }

    private int generate(PrintWriter err) {
        if (subjects < 1 || visits < 1) throw new UsageException("--subjects and --visits must be >= 1");
        long t0 = System.nanoTime();
        try {
            SyntheticBundle.write(generate, subjects, visits, seed);
        } catch (IOException e) {
            throw new UsageException("cannot write " + generate + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        err.println(String.format(
                Locale.ROOT,
                "msct validate: wrote %d subjects x %d visits to %s in %.1f s",
                subjects,
                visits,
                generate,
                (System.nanoTime() - t0) / 1e9));
        err.flush();
        return 0;
    }

    private void text(PrintWriter out, ValidationReport r, double sec) {
        List<Finding> fs = r.findings();
        int n = maxFindings == 0 ? fs.size() : Math.min(maxFindings, fs.size());
        for (int i = 0; i < n; i++) out.println(line(fs.get(i)));
        if (n < fs.size()) out.println("... " + (fs.size() - n) + " more findings (use --max-findings 0 to see all)");
        out.println(r.errors() + " errors, " + r.warnings() + " warnings");
        out.println(rows(r, sec));
        out.println(
                r.hasErrors()
                        ? "INVALID: nothing imported (import is all-or-nothing)"
                        : "VALID" + (r.warnings() > 0 ? " with warnings" : "") + ": the bundle can be imported");
    }

    /** {@code SEVERITY file:row VARIABLE=value [RULE] message}. */
    static String line(Finding f) {
        StringBuilder sb = new StringBuilder().append(f.severity()).append(' ').append(f.file());
        if (f.row() > 0) sb.append(':').append(f.row());
        if (f.variable() != null)
            sb.append(' ').append(f.variable()).append('=').append(f.value() == null ? "" : f.value());
        return sb.append(" [")
                .append(f.ruleId())
                .append("] ")
                .append(f.message())
                .toString();
    }

    private static String rows(ValidationReport r, double sec) {
        if (r.rowsRead().isEmpty())
            return String.format(Locale.ROOT, "rows: not counted (bundle not readable); %.2f s", sec);
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Long> e : r.rowsRead().entrySet()) parts.add(e.getKey() + " " + e.getValue());
        return String.format(
                Locale.ROOT,
                "%d rows (%s) read and validated in %.2f s: %.0f rows/s",
                r.totalRows(),
                String.join(", ", parts),
                sec,
                r.totalRows() / Math.max(sec, 1e-9));
    }

    private JsonObject json(ValidationReport r, double sec) {
        List<Finding> fs = r.findings();
        int n = maxFindings == 0 ? fs.size() : Math.min(maxFindings, fs.size());
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Finding f = fs.get(i);
            list.add(JsonObject.create()
                    .put("severity", f.severity().name())
                    .put("file", f.file())
                    .put("row", f.row())
                    .put("variable", f.variable())
                    .put("value", f.value())
                    .put("rule", f.ruleId())
                    .put("message", f.message()));
        }
        return JsonObject.create()
                .put("bundle", String.valueOf(bundle))
                .put("valid", !r.hasErrors())
                .put("errors", r.errors())
                .put("warnings", r.warnings())
                .put("rows", r.rowsRead())
                .put("seconds", sec)
                .put("rowsPerSecond", r.rowsRead().isEmpty() ? null : r.totalRows() / Math.max(sec, 1e-9))
                .put("findingsOmitted", fs.size() - n)
                .put("findings", list);
    }
}
