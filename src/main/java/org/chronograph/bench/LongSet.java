package org.chronograph.bench;

import java.util.Arrays;

/** A set of longs with open addressing: 8 to 16 bytes per element, where a {@code HashSet<Long>} takes about 60. */
final class LongSet {
    private static final long FREE = 0L;
    private long[] slots = new long[1 << 10];
    private int size;
    private boolean hasZero;

    /** Adds {@code value}; true when it was not there. */
    boolean add(long value) {
        if (value == FREE) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if ((size + 1) * 2L > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int i = mix(value) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == value) {
                return false;
            }
            if (slots[i] == FREE) {
                slots[i] = value;
                size++;
                return true;
            }
        }
    }

    /** True when {@code value} was added before. */
    boolean contains(long value) {
        if (value == FREE) {
            return hasZero;
        }
        int mask = slots.length - 1;
        for (int i = mix(value) & mask; slots[i] != FREE; i = (i + 1) & mask) {
            if (slots[i] == value) {
                return true;
            }
        }
        return false;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        Arrays.stream(old).filter(v -> v != FREE).forEach(this::add);
    }

    private static int mix(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
