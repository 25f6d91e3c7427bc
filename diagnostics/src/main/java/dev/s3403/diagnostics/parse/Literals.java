package dev.s3403.diagnostics.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Finds which of many ASCII literals occur in a text, in one pass (an Aho–Corasick automaton). Asking
 * {@code text.contains} a hundred times costs a hundred passes; tool detection needs this on every paste.
 * Characters are first mapped to the few classes the literals use, so the table stays small enough for the
 * cache.
 */
final class Literals {
  private static final int ASCII = 128;

  private final byte[] classOf = new byte[ASCII];   // ASCII char → class; 0 for chars no literal uses
  private final int classes;
  private final int[] next;                         // row + class → (next row << 1) | emits; row = state * classes
  private final long[][] output;                    // literal ids (as bit words) that end at each state
  private final boolean[] emits;
  private final int words;

  Literals(List<String> literals) {
    int distinct = 1;
    for (String literal : literals) {
      for (int i = 0; i < literal.length(); i++) {
        char c = literal.charAt(i);
        if (c >= ASCII) throw new IllegalArgumentException("not ASCII: " + literal);
        if (classOf[c] == 0) classOf[c] = (byte) distinct++;
      }
    }
    this.classes = distinct;
    List<int[]> trie = new ArrayList<>();
    List<BitSet> out = new ArrayList<>();
    trie.add(node());
    out.add(new BitSet());
    for (int id = 0; id < literals.size(); id++) {
      String literal = literals.get(id);
      int state = 0;
      for (int i = 0; i < literal.length(); i++) {
        int c = classOf[literal.charAt(i)];
        if (trie.get(state)[c] < 0) {
          trie.get(state)[c] = trie.size();
          trie.add(node());
          out.add(new BitSet());
        }
        state = trie.get(state)[c];
      }
      out.get(state).set(id);
    }
    int[] fail = new int[trie.size()];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < classes; c++) {
      int child = trie.get(0)[c];
      if (child <= 0) {
        trie.get(0)[c] = 0;
      } else {
        queue.add(child);
      }
    }
    trie.get(0)[0] = 0;   // a character no literal uses leads back to the start
    while (!queue.isEmpty()) {
      int state = queue.poll();
      out.get(state).or(out.get(fail[state]));
      for (int c = 0; c < classes; c++) {
        int child = trie.get(state)[c];
        if (child < 0) {
          trie.get(state)[c] = trie.get(fail[state])[c];
        } else {
          fail[child] = trie.get(fail[state])[c];
          queue.add(child);
        }
      }
    }
    if (trie.size() > Character.MAX_VALUE) throw new IllegalArgumentException("too many literals");
    this.next = new int[trie.size() * classes];
    this.words = (literals.size() + 63) / 64;
    this.output = new long[out.size()][];
    this.emits = new boolean[out.size()];
    for (int state = 0; state < out.size(); state++) {
      output[state] = Arrays.copyOf(out.get(state).toLongArray(), words);
      emits[state] = !out.get(state).isEmpty();
    }
    for (int state = 0; state < trie.size(); state++) {
      for (int c = 0; c < classes; c++) {
        int target = trie.get(state)[c];
        next[state * classes + c] = (target * classes) << 1 | (emits[target] ? 1 : 0);
      }
    }
  }

  /** The ids (positions in the constructor's list) of the literals that occur in {@code text}. */
  BitSet find(String text) {
    long[] found = new long[words];
    int[] table = next;
    byte[] classes = classOf;
    int row = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      int entry = table[row + (c < ASCII ? classes[c] : 0)];
      row = entry >>> 1;
      if ((entry & 1) != 0) {
        long[] o = output[row / this.classes];
        for (int w = 0; w < o.length; w++) found[w] |= o[w];
      }
    }
    return BitSet.valueOf(found);
  }

  private int[] node() {
    int[] node = new int[classes];
    Arrays.fill(node, -1);
    return node;
  }
}
