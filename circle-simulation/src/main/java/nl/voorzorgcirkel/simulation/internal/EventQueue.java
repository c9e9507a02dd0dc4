package nl.voorzorgcirkel.simulation.internal;

import java.util.Arrays;

/**
 * The future event list of one circle run: a four-ary heap of primitive keys, so that an event
 * costs no object. Four children a node rather than two: half the levels, and each sift-down reads
 * four keys that lie next to each other in memory (every request pushes and takes several events:
 * its arrival, the answers, its expiry, the help done). A key is the event's time (seconds from the
 * run's start, below 2^35, over 1,000 years) shifted left by 28 bits plus a sequence number (below
 * 2^28): events at the same second come out in the order they were pushed. Each event carries a
 * kind and three ints in arrays indexed by its slot; slots are reused. Not thread-safe.
 */
final class EventQueue {

  private static final int SEQ_BITS = 28;
  private static final long SEQ_MASK = (1L << SEQ_BITS) - 1;

  private long[] keys = new long[64];
  private int[] heapSlots = new int[64];
  private int size;
  private long seq;

  private byte[] kinds = new byte[64];
  private int[] as = new int[64];
  private int[] bs = new int[64];
  private int[] cs = new int[64];
  private int[] free = new int[64];
  private int freeCount;
  private int slotsUsed;

  /** The slot of the event taken last by {@link #poll}. */
  private int current = -1;

  boolean isEmpty() {
    return size == 0;
  }

  /** The time of the next event, in seconds from the run's start; only if not empty. */
  long peekTime() {
    return keys[0] >>> SEQ_BITS;
  }

  /**
   * Adds an event. Kept under the JIT's size for inlining a hot method (325 bytes of bytecode): the
   * rare paths (an overflow, growing the arrays) are methods of their own, so that every caller's
   * compilation takes the push in (at 338 bytes with them inline, it was called out of line from
   * each of the engine's handlers).
   */
  void push(long time, byte kind, int a, int b, int c) {
    if (seq > SEQ_MASK) {
      throw tooManyEvents();
    }
    int slot;
    if (freeCount > 0) {
      slot = free[--freeCount];
    } else {
      slot = slotsUsed++;
      if (slot == kinds.length) {
        growSlots(slot * 2);
      }
    }
    kinds[slot] = kind;
    as[slot] = a;
    bs[slot] = b;
    cs[slot] = c;
    long key = (time << SEQ_BITS) | seq++;
    if (size == keys.length) {
      growHeap(size * 2);
    }
    long[] keys = this.keys;
    int[] heapSlots = this.heapSlots;
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      if (keys[parent] <= key) {
        break;
      }
      keys[i] = keys[parent];
      heapSlots[i] = heapSlots[parent];
      i = parent;
    }
    keys[i] = key;
    heapSlots[i] = slot;
  }

  private static IllegalStateException tooManyEvents() {
    return new IllegalStateException("more than 2^28 events in one circle run");
  }

  private void growSlots(int n) {
    kinds = Arrays.copyOf(kinds, n);
    as = Arrays.copyOf(as, n);
    bs = Arrays.copyOf(bs, n);
    cs = Arrays.copyOf(cs, n);
    free = Arrays.copyOf(free, n);
  }

  private void growHeap(int n) {
    keys = Arrays.copyOf(keys, n);
    heapSlots = Arrays.copyOf(heapSlots, n);
  }

  long poll() {
    if (current >= 0) {
      free[freeCount++] = current;
    }
    long top = keys[0];
    current = heapSlots[0];
    size--;
    if (size > 0) {
      long key = keys[size];
      int slot = heapSlots[size];
      int i = 0;
      while (true) {
        int first = 4 * i + 1;
        if (first >= size) {
          break;
        }
        // the least of up to four children
        int child = first;
        long least = keys[first];
        int last = Math.min(first + 4, size);
        for (int k = first + 1; k < last; k++) {
          if (keys[k] < least) {
            least = keys[k];
            child = k;
          }
        }
        if (key <= least) {
          break;
        }
        keys[i] = least;
        heapSlots[i] = heapSlots[child];
        i = child;
      }
      keys[i] = key;
      heapSlots[i] = slot;
    }
    return top >>> SEQ_BITS;
  }

  byte kind() {
    return kinds[current];
  }

  int a() {
    return as[current];
  }

  int b() {
    return bs[current];
  }

  int c() {
    return cs[current];
  }
}
