package org.msct.instruments.model;

/** The nine BILAG-2004 organ systems, in the order of the index (item numbers per shared/spec/instruments.md §4.2). */
public enum BilagSystem {
    CONSTITUTIONAL,
    MUCOCUTANEOUS,
    NEUROPSYCHIATRIC,
    MUSCULOSKELETAL,
    CARDIORESPIRATORY,
    GASTROINTESTINAL,
    OPHTHALMIC,
    RENAL,
    HAEMATOLOGICAL
}
