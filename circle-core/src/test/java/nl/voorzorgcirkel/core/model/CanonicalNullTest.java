package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * User test 15, L1: {@code canonical(null)} threw the JVM's bare message ("Cannot read field kind
 * because capability is null"); it names the parameter, as the rest of the API does.
 */
class CanonicalNullTest {

  @Test
  void aNullCapabilityIsRefusedNamingTheParameter() {
    NullPointerException npe = assertThrows(NullPointerException.class,
        () -> CapabilityVocabulary.standard().canonical((Capability) null));
    assertEquals("capability", npe.getMessage());
  }
}
