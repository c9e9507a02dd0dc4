package nl.voorzorgcirkel.core.activity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What an activity says about its place when nothing was set: neither accessible nor far. */
class ActivityDefaultsTest {

  @Test
  void aPlaceIsNeitherWheelchairAccessibleNorBeyondWalkingUnlessSaid() {
    Activity meal = ActivityTest.meal().build();
    assertFalse(meal.wheelchairAccessible());
    assertFalse(meal.needsRide());
    assertTrue(ActivityTest.meal().wheelchairAccessible(true).build().wheelchairAccessible());
    assertTrue(ActivityTest.meal().needsRide(true).build().needsRide());
  }
}
