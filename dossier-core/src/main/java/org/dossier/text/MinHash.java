package org.dossier.text;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * MinHash signatures of a text's word 3-shingles: two signatures agree in a share of positions that estimates
 * the Jaccard similarity of the two shingle sets. Split into {@link #BANDS} bands of {@link #ROWS} for
 * locality-sensitive lookup: texts 80% alike share a band with probability above 0.999, texts 30% alike
 * under 0.05. Stateless and thread-safe.
 */
final class MinHash {
  static final int BANDS = 20;
  static final int ROWS = 5;
  static final int SIZE = BANDS * ROWS;

  private static final HashFunction SHINGLE_HASH = Hashing.farmHashFingerprint64();
  private static final long[] SEEDS = new long[SIZE];

  static {
    for (int k = 0; k < SIZE; k++) {
      SEEDS[k] = mix(0x9E3779B97F4A7C15L * (k + 1));
    }
  }

  private MinHash() {}

  /** The signature of {@code text}, or null if it has no words. */
  static int[] signature(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    int first = words.length > 0 && words[0].isEmpty() ? 1 : 0;
    int count = words.length - first;
    if (count == 0) {
      return null;
    }
    int[] signature = new int[SIZE];
    Arrays.fill(signature, Integer.MAX_VALUE);
    int shingles = Math.max(1, count - 2);
    for (int i = 0; i < shingles; i++) {
      int end = Math.min(first + i + 3, words.length);
      String shingle = String.join(" ", Arrays.copyOfRange(words, first + i, end));
      long hash = SHINGLE_HASH.hashString(shingle, StandardCharsets.UTF_8).asLong();
      for (int k = 0; k < SIZE; k++) {
        int value = (int) (mix(hash ^ SEEDS[k]) >>> 32);
        if (value < signature[k]) {
          signature[k] = value;
        }
      }
    }
    return signature;
  }

  /** The estimated Jaccard similarity of the texts behind two signatures. */
  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int k = 0; k < SIZE; k++) {
      if (a[k] == b[k]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  /** A key for band {@code band} of a signature; equal bands give equal keys. */
  static long bandKey(int[] signature, int band) {
    long key = band;
    for (int r = 0; r < ROWS; r++) {
      key = mix(key ^ (signature[band * ROWS + r] & 0xFFFFFFFFL));
    }
    return key;
  }

  /** SplitMix64's finaliser: a fast, well-spread 64-bit permutation. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
