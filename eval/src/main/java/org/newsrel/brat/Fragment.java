package org.newsrel.brat;

/** One contiguous piece {@code [begin, end)} of a brat text-bound annotation. */
public record Fragment(int begin, int end) implements Comparable<Fragment> {

  public Fragment {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad fragment [" + begin + "," + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  @Override
  public int compareTo(Fragment o) {
    int c = Integer.compare(begin, o.begin);
    return c != 0 ? c : Integer.compare(end, o.end);
  }
}
