/**
 * Loneliness measured on the validated six-item De Jong Gierveld scale (De Jong Gierveld and Van
 * Tilburg, 2006, "A 6-item scale for overall, emotional, and social loneliness", Research on Aging
 * 28(5)), as entered per member: {@link nl.voorzorgcirkel.core.loneliness.LonelinessItem the six
 * statements} (three emotional, three social), {@link
 * nl.voorzorgcirkel.core.loneliness.LonelinessAnswer the three answers} and {@link
 * nl.voorzorgcirkel.core.loneliness.LonelinessScore the scores}, scored as the scale's manual
 * prescribes (De Jong Gierveld and Van Tilburg, 1999, updated 2022).
 *
 * <p>Answers are personal data: a score is counted in a report only where the {@link
 * nl.voorzorgcirkel.core.consent.DataPolicy} lets the report read {@link
 * nl.voorzorgcirkel.core.consent.PersonalField#LONELINESS}.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.core.loneliness;

import org.jspecify.annotations.NullMarked;
