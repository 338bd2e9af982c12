/**
 * The MSC product: the lot record ({@link org.msct.trial.product.MscLot}), dosing with explicit units
 * ({@link org.msct.trial.product.MscDosing}: cells to release = weight × cells/kg; infused-dose tolerance) and the
 * lot release check against the ISCT 2006 marker thresholds held as data ({@link
 * org.msct.trial.product.ReleaseCheck}, {@link org.msct.trial.product.ReleaseCriteria}).
 */
@NullMarked
package org.msct.trial.product;

import org.jspecify.annotations.NullMarked;
