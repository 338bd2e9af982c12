/**
 * Composite responder indices and states (instruments.md §6): {@link org.msct.instruments.response.Sri4},
 * {@link org.msct.instruments.response.Bicla}, {@link org.msct.instruments.response.Lldas},
 * {@link org.msct.instruments.response.Doris}. Pure functions over {@link org.msct.instruments.response.VisitSummary}
 * (already-scored SLEDAI-2K totals and descriptors, BILAG-2004 grades, PGA, dose, treatment); each returns a
 * {@link org.msct.instruments.response.ResponseResult} with every criterion, the missing inputs and warnings. Rules
 * in {@code instruments/{sri-4,bicla,lldas,doris}.v1.json}; protocol-dependent choices are options records with
 * documented defaults.
 */
@NullMarked
package org.msct.instruments.response;

import org.jspecify.annotations.NullMarked;
