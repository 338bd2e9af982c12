package org.msct.instruments.bilag;

/** How a BILAG-2004 item is recorded. */
public enum ItemKind {
    /** Activity code 0 not present, 1 improving, 2 same, 3 worse, 4 new (or "ND" not done). */
    SCALE,
    /** Yes/no (or "ND"). */
    YES_NO,
    /** A measured value read from the assessment's labs (renal and haematological values), never from items. */
    VALUE,
    /** Either an activity code or yes/no (item 95 TTP, whose coding on the official form is unverified). */
    SCALE_OR_YES_NO
}
