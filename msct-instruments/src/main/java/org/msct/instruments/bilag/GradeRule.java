package org.msct.instruments.bilag;

import org.msct.instruments.model.BilagGrade;

/** The condition for one grade (A, B or C) of a clinical system, with its description for explanations. */
record GradeRule(BilagGrade grade, String description, ItemCondition condition) {}
