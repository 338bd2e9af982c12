package org.msct.instruments.units;

/**
 * One problem found while validating a definition file (a data problem, reported as a result, not thrown).
 *
 * @param file resource name of the definition, e.g. {@code instruments/units.v1.json}
 * @param path JSON path of the offending member inside the file, e.g. {@code dimensions[0].units[1].multiply_by}
 * @param message what is wrong and what is allowed
 */
public record DefinitionFinding(String file, String path, String message) {
    @Override
    public String toString() {
        return file + " " + path + ": " + message;
    }
}
