package org.msct.derivations.dataset;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A define-style variable list (one line per dataset variable) as CSV with the columns {@code Dataset, Variable,
 * Label, Type, DataType, Length, KeySequence, Codelist, Derivation}. Codelist values are joined with {@code |}.
 */
public final class DefineTable {
    private DefineTable() {}

    /** The variable list of every dataset, in dataset then variable order. */
    public static String write(List<Dataset> datasets) {
        StringBuilder sb =
                new StringBuilder("Dataset,Variable,Label,Type,DataType,Length,KeySequence,Codelist,Derivation\n");
        for (Dataset d : datasets) {
            for (Variable v : d.variables()) {
                sb.append(CsvWriter.field(d.name())).append(',');
                sb.append(v.name()).append(',');
                sb.append(CsvWriter.field(v.label())).append(',');
                sb.append(v.type().defineType()).append(',');
                sb.append(v.type().dataType()).append(',');
                if (v.length().isPresent()) sb.append(v.length().getAsInt());
                sb.append(',');
                if (v.keySequence().isPresent()) sb.append(v.keySequence().getAsInt());
                sb.append(',');
                sb.append(CsvWriter.field(v.codelist().stream().collect(Collectors.joining("|"))))
                        .append(',');
                sb.append(CsvWriter.field(v.derivation())).append('\n');
            }
        }
        return sb.toString();
    }
}
