package nl.voorzorgcirkel.core.scope;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.voorzorgcirkel.core.csv.ImportMode;
import nl.voorzorgcirkel.core.csv.MemberCsv;
import nl.voorzorgcirkel.core.csv.RowError;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.core.validation.InvalidValueException;

/**
 * The three places a word of help is judged, for the care-word tests of this package: a request's
 * code (the standard scope policy), a member's offer through the builder, and an offer cell of a
 * member file.
 */
final class CareChecks {

  private CareChecks() {}

  /** Where the standard scope policy refers a request with this code, if anywhere. */
  static Optional<ReferralTarget> referral(String code) {
    return ScopePolicies.standard().assess(Fixtures.request("r-1", "m-1").capability(Capability.of(code)).build())
        .referral();
  }

  /** Whether the member builder refuses an offer of this code as out of scope. */
  static boolean offerRefused(String code) {
    try {
      Fixtures.member("m-1").addCapabilities(CapabilityOffer.of(Capability.of(code))).build();
      return false;
    } catch (InvalidValueException e) {
      return e.violations().stream().anyMatch(v -> v.rule().endsWith("offersOnlyCircleHelp"));
    }
  }

  /** The errors of a member file whose one row offers these words (Anna, in the offer column). */
  static List<RowError> fileErrors(String words) {
    String file = "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Hulpaanbod\r\n"
        + "m-1;Anna;1948;52,379;5,223;1-3-2025;\"" + words + "\"\r\n";
    return MemberCsv.read(file.getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ROWS).errors();
  }

  /** Whether a member file refuses these words as an offer out of scope. */
  static boolean fileRefuses(String words) {
    return fileErrors(words).stream().anyMatch(e -> e.rule().equals("offer-out-of-scope"));
  }
}
