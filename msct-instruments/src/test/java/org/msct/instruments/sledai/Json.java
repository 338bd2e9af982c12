package org.msct.instruments.sledai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.msct.instruments.input.ScoreInputReader;
import org.msct.instruments.model.ScoreInput;

/** Test inputs written as JSON with single quotes, read through the contract reader. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    public static JsonNode tree(String singleQuoted) {
        try {
            return MAPPER.readTree(singleQuoted.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The whole {@code msct score} input. */
    public static ScoreInput input(String singleQuoted) {
        return ScoreInputReader.read(tree(singleQuoted));
    }
}
