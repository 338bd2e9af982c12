package org.msct.instruments.units;

/** Systemic glucocorticoids with an equivalence to prednisone (instruments.md §6.4). */
public enum Glucocorticoid {
    PREDNISONE,
    PREDNISOLONE,
    METHYLPREDNISOLONE,
    TRIAMCINOLONE,
    HYDROCORTISONE,
    CORTISONE,
    DEXAMETHASONE
}
