package nl.voorzorgcirkel.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ObjectStreamClass;
import java.io.ObjectStreamField;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import nl.voorzorgcirkel.simulation.internal.Totals;
import org.junit.jupiter.api.Test;

/**
 * The serialisable figures that travel between a Spark driver and its executors keep their
 * serialVersionUID in step with what they hold. Review 9: {@link Totals} and {@link UnitResult}
 * gained a count (the requests with no eligible member) and kept their serialVersionUIDs, so a
 * driver and an executor of different builds would have read each other's figures as their own,
 * one count off. Each type is pinned here with its serialVersionUID and the SHA-256 of its shape
 * (its serial fields, the names of the counts its arrays are indexed by, the compact form's
 * version): a change of shape fails this test until the serialVersionUID is raised and the pin
 * updated with it.
 */
class SerialFormTest {

  /** The shape of the totals: their serial fields and the counts their arrays hold, in order. */
  private static String totalsShape() {
    return fields(Totals.class) + " counts=" + List.of(Totals.Count.values()) + " monthly="
        + List.of(Totals.MonthlyCount.values());
  }

  /** A unit result's figures are totals in the compact form of its version. */
  private static String unitResultShape() {
    return fields(UnitResult.class) + " form=" + UnitResult.FORM_VERSION + " totals=" + totalsShape();
  }

  @Test
  void totalsRaiseTheirSerialVersionUidWhenTheirShapeChanges() {
    assertEquals("2 abe0b3aa790a5be3e6aec3d76369bb973230ad8f89154a69df508b17d6a091c8",
        pin(Totals.class, totalsShape()),
        "Totals changed shape: raise its serialVersionUID and pin the new shape");
  }

  @Test
  void unitResultsRaiseTheirSerialVersionUidWhenTheirShapeChanges() {
    assertEquals("3 6a479f9ff4f1b7e8526753d96e83a6afea7794526c5db4f8b781c134037516cf", pin(UnitResult.class, unitResultShape()),
        "UnitResult changed shape: raise its serialVersionUID and pin the new shape");
  }

  private static String pin(Class<?> type, String shape) {
    return ObjectStreamClass.lookup(type).getSerialVersionUID() + " " + sha256(shape);
  }

  private static String fields(Class<?> type) {
    List<String> out = new ArrayList<>();
    for (ObjectStreamField f : ObjectStreamClass.lookup(type).getFields()) {
      out.add(f.getName() + ":" + f.getTypeString() + f.getTypeCode());
    }
    return out.toString();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
