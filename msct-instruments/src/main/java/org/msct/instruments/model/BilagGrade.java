package org.msct.instruments.model;

/**
 * BILAG grade of one system: A severe activity, B moderate, C mild, D previously affected but inactive, E never
 * affected.
 */
public enum BilagGrade {
    A,
    B,
    C,
    D,
    E
}
