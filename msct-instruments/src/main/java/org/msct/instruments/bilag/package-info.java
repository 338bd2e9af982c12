/**
 * BILAG-2004 disease-activity index: definition file ({@code instruments/bilag-2004.v1.json}) with its validating
 * reader, input parsing ({@link org.msct.instruments.bilag.BilagInputParser}), grading ({@link
 * org.msct.instruments.bilag.Bilag2004#grade}) with options for the open rules ({@link
 * org.msct.instruments.bilag.BilagOptions}) and explained results ({@link org.msct.instruments.bilag.BilagResult}).
 * Specification: shared/spec/instruments.md §4 with shared/spec/bilag2004-notes.md.
 */
@NullMarked
package org.msct.instruments.bilag;

import org.jspecify.annotations.NullMarked;
