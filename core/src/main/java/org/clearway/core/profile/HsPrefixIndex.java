package org.clearway.core.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * Profiles filed under HS code prefixes ({@code hs=61}, {@code hs=610910}), looked up by walking a
 * declared code digit by digit: every prefix of the code is visited without making it as a text.
 * A prefix holding anything but digits is dropped, since no declared code (digits only, see
 * {@code HsCode}) can start with it.
 */
final class HsPrefixIndex {
    private static final class Node {
        final Node[] next = new Node[10];
        List<Integer> building = new ArrayList<>(0);
        int[] profiles = new int[0];
    }

    private final Node root = new Node();

    void add(String prefix, int profile) {
        if (prefix.isEmpty()) return;
        Node n = root;
        for (int i = 0; i < prefix.length(); i++) {
            int d = prefix.charAt(i) - '0';
            if (d < 0 || d > 9) return;
            if (n.next[d] == null) n.next[d] = new Node();
            n = n.next[d];
        }
        n.building.add(profile);
    }

    /** Done adding: each node's profiles as an array. */
    HsPrefixIndex seal() {
        seal(root);
        return this;
    }

    private static void seal(Node n) {
        n.profiles = n.building.stream().mapToInt(Integer::intValue).toArray();
        n.building = null;
        for (Node c : n.next) if (c != null) seal(c);
    }

    /** Sets the bit of every profile filed under a prefix of the code. */
    void mark(String code, long[] candidates) {
        Node n = root;
        for (int i = 0; i < code.length(); i++) {
            int d = code.charAt(i) - '0';
            if (d < 0 || d > 9 || (n = n.next[d]) == null) return;
            for (int p : n.profiles) candidates[p >>> 6] |= 1L << p;
        }
    }
}
