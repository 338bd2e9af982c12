package org.msct.derivations.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV, Dataset-JSON 1.1 and define-style output of a tiny dataset, compared with hand-written expected text. */
class DatasetWritersTest {
    static final Dataset DS = new Dataset(
            "ADXX",
            "Test Dataset",
            List.of(
                    Variable.chr("USUBJID", "Unique Subject Identifier", 10).key(1),
                    Variable.integer("ADY", "Analysis Relative Day"),
                    Variable.decimal("AVAL", "Analysis Value"),
                    Variable.date("ADT", "Analysis Date"),
                    Variable.chr("AVALC", "Analysis Value (C)", 10)
                            .codes("Y", "N", "A, \"B\"")
                            .derivedAs("Y if AVAL > 0")),
            List.of(
                    Row.of("USUBJID", "S1", "ADY", 91, "AVAL", 1.50, "ADT", LocalDate.of(2024, 4, 1), "AVALC", "Y"),
                    Row.of("USUBJID", "S2", "AVAL", -200.0 / 3.0, "AVALC", "A, \"B\"")));

    @Test
    void w01_csv() {
        assertThat(CsvWriter.write(DS))
                .isEqualTo("USUBJID,ADY,AVAL,ADT,AVALC\n"
                        + "S1,91,1.5,2024-04-01,Y\n"
                        + "S2,,-66.66666666666667,,\"A, \"\"B\"\"\"\n");
    }

    @Test
    void w02_dataset_json_1_1() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);
        String json = new DatasetJsonWriter(clock, "MSCT01", "msct", "msct", "0.1.0").write(DS);
        JsonNode n = new ObjectMapper().readTree(json);
        assertThat(n.fieldNames())
                .toIterable()
                .containsExactly(
                        "datasetJSONCreationDateTime",
                        "datasetJSONVersion",
                        "fileOID",
                        "originator",
                        "sourceSystem",
                        "studyOID",
                        "itemGroupOID",
                        "records",
                        "name",
                        "label",
                        "columns",
                        "rows");
        assertThat(n.get("datasetJSONCreationDateTime").asText()).isEqualTo("2026-11-22T10:15:00Z");
        assertThat(n.get("datasetJSONVersion").asText()).isEqualTo("1.1.0");
        assertThat(n.get("itemGroupOID").asText()).isEqualTo("IG.ADXX");
        assertThat(n.get("records").asInt()).isEqualTo(2);
        assertThat(n.get("columns").get(0).toString())
                .isEqualTo(
                        "{\"itemOID\":\"IT.ADXX.USUBJID\",\"name\":\"USUBJID\",\"label\":\"Unique Subject Identifier\",\"dataType\":\"string\",\"length\":10,\"keySequence\":1}");
        assertThat(n.get("columns").get(2).toString())
                .isEqualTo(
                        "{\"itemOID\":\"IT.ADXX.AVAL\",\"name\":\"AVAL\",\"label\":\"Analysis Value\",\"dataType\":\"decimal\",\"targetDataType\":\"decimal\"}");
        assertThat(n.get("columns").get(3).toString())
                .isEqualTo(
                        "{\"itemOID\":\"IT.ADXX.ADT\",\"name\":\"ADT\",\"label\":\"Analysis Date\",\"dataType\":\"date\",\"targetDataType\":\"integer\",\"displayFormat\":\"E8601DA.\"}");
        assertThat(n.get("rows").get(0).toString()).isEqualTo("[\"S1\",91,\"1.5\",\"2024-04-01\",\"Y\"]");
        assertThat(n.get("rows").get(1).toString())
                .isEqualTo("[\"S2\",null,\"-66.66666666666667\",null,\"A, \\\"B\\\"\"]");
    }

    @Test
    void w03_define_style_variable_list() {
        assertThat(DefineTable.write(List.of(DS)))
                .isEqualTo("Dataset,Variable,Label,Type,DataType,Length,KeySequence,Codelist,Derivation\n"
                        + "ADXX,USUBJID,Unique Subject Identifier,Char,string,10,1,,\n"
                        + "ADXX,ADY,Analysis Relative Day,Num,integer,,,,\n"
                        + "ADXX,AVAL,Analysis Value,Num,decimal,,,,\n"
                        + "ADXX,ADT,Analysis Date,Num,date,,,,\n"
                        + "ADXX,AVALC,Analysis Value (C),Char,string,10,,\"Y|N|A, \"\"B\"\"\",Y if AVAL > 0\n");
    }

    @Test
    void w04_values_are_checked_against_metadata() {
        Variable v = Variable.chr("AVALC", "Analysis Value (C)", 2).codes("Y", "N");
        assertThatThrownBy(() -> new Dataset("X", "x", List.of(v), List.of(Row.of("AVALC", "YES"))))
                .hasMessageContaining("YES");
        assertThatThrownBy(() -> new Dataset("X", "x", List.of(v), List.of(Row.of("AVALC", "U"))))
                .hasMessageContaining("not in");
        assertThatThrownBy(() -> new Dataset("X", "x", List.of(v), List.of(Row.of("OTHER", "Y"))))
                .hasMessageContaining("not declared");
        assertThatThrownBy(() -> new Dataset(
                        "X", "x", List.of(Variable.decimal("AVAL", "A")), List.of(Row.of("AVAL", Double.NaN))))
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> Variable.chr("TOOLONGNAME", "x", 1)).hasMessageContaining("TOOLONGNAME");
        assertThatThrownBy(() -> Variable.chr("X", "a label that is much longer than forty characters", 1))
                .hasMessageContaining("1-40");
    }

    @Test
    void w05_derivations_return_new_datasets() {
        Dataset more = DS.withVariable(Variable.integer("ASEQ", "Analysis Sequence Number"), r -> 1);
        assertThat(DS.variable("ASEQ")).isEmpty();
        assertThat(more.rows()).allMatch(r -> r.integer("ASEQ") == 1);
        assertThat(DS.groupBy("AVALC")).hasSize(2);
    }
}
