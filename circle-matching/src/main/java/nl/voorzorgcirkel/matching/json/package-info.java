/**
 * Versioned JSON of the results a service returns: {@link
 * nl.voorzorgcirkel.matching.json.RankingDocument rankings}, {@link
 * nl.voorzorgcirkel.matching.json.AssignmentPlanDocument assignment plans}, {@link
 * nl.voorzorgcirkel.matching.json.HealthReportDocument health reports} and {@link
 * nl.voorzorgcirkel.matching.json.FormationDocument formation results} and {@link
 * nl.voorzorgcirkel.matching.json.ImpactReportDocument impact reports}, each with a {@code
 * schemaVersion} and a published JSON Schema (draft 2020-12) whose {@code $id} names the version,
 * so that clients in any language can read them. {@link nl.voorzorgcirkel.matching.json.ResultJson}
 * writes and reads them.
 *
 * <p>A document shows a result to an audience, and nothing more: ids, codes and figures, never a
 * name, a phone number, an address, a request's text or a member's vitality. Rankings and plans
 * are written for a {@link nl.voorzorgcirkel.matching.ranking.Audience}: for members, private
 * reasons (a requester's wish not to be helped by someone, an absence, a pause, a decline) are
 * only "private", exactly as {@link nl.voorzorgcirkel.matching.ranking.Ranking#explain} shows them.
 *
 * <p>Only this package needs Jackson (jackson-databind, jackson-datatype-jsr310 and
 * jackson-datatype-jdk8, optional dependencies of this module); the rest of matching works without
 * it.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.matching.json;

import org.jspecify.annotations.NullMarked;
