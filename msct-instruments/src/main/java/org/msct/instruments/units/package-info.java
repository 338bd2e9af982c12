/**
 * Units of measurement and dose equivalence: {@link org.msct.instruments.units.Quantity} (value + explicit
 * {@link org.msct.instruments.units.Unit}) with conversions from {@code instruments/units.v1.json} (instruments.md §8),
 * {@link org.msct.instruments.units.GlucocorticoidEquivalence} (§6.4), and the definition-file support shared by the
 * renal and response packages ({@link org.msct.instruments.units.DefinitionReader},
 * {@link org.msct.instruments.units.Threshold}, {@link org.msct.instruments.units.DefinitionFinding}). No unit-less
 * doubles in the public API.
 */
@NullMarked
package org.msct.instruments.units;

import org.jspecify.annotations.NullMarked;
