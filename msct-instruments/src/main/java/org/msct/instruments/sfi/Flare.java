package org.msct.instruments.sfi;

/** SELENA-SLEDAI Flare Index classification, in increasing order of severity. */
public enum Flare {
    NONE,
    MILD_MODERATE,
    SEVERE
}
