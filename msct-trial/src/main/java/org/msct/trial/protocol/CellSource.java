package org.msct.trial.protocol;

/**
 * Tissue the MSC are expanded from; the same names as {@code org.msct.trial.product.MscLot.MscSource}, so a lot's
 * source is checked against the protocol by name.
 */
public enum CellSource {
    BONE_MARROW,
    UMBILICAL_CORD
}
