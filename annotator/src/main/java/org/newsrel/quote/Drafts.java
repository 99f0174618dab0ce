package org.newsrel.quote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The attributions of one document while the stages build them: the drafts in the order
 * they were made, and the cue words they claim (by document token index), kept together
 * so that a cue word makes at most one attribution.
 *
 * <p>Two ways out, on purpose: {@link #reject} (the cue classifier turns a rule's cue down)
 * frees the cue word, so a later stage may use it again; {@link #dropIf} (an attribution
 * nested in another, a hearsay adverb inside another, a cue inside quotation marks) only
 * takes the draft off the list: its cue word stays claimed, and a direct quote that finds
 * it as its nearest cue joins that dropped draft rather than making a new attribution
 * (the behaviour of the annotator before this class existed, kept so the output is the same).
 * Lives only inside one {@code annotate} call.
 */
final class Drafts {

  private final List<Draft> list = new ArrayList<>();
  private final List<Draft> view = Collections.unmodifiableList(list);
  private final Map<Integer, Draft> byCue = new HashMap<>();

  /** Appends {@code d}; a draft with a cue head claims that token. */
  void add(Draft d) {
    list.add(d);
    if (d.cueToken >= 0) {
      byCue.put(d.cueToken, d);
    }
  }

  /** True when an attribution made so far (kept or dropped, not rejected) has cue head {@code token}. */
  boolean claimed(int token) {
    return byCue.containsKey(token);
  }

  /** The attribution whose cue head is {@code token}, or null (see {@link #claimed}). */
  Draft claimant(int token) {
    return byCue.get(token);
  }

  /** Removes the attribution with cue head {@code token} altogether: the token is free again. */
  void reject(int token) {
    list.remove(byCue.remove(token));
  }

  /** Takes the drafts that match off the list; their cue words stay claimed. */
  void dropIf(Predicate<Draft> drop) {
    list.removeIf(drop);
  }

  void sort(Comparator<Draft> order) {
    list.sort(order);
  }

  /** The drafts, in order (a read-only view that follows later changes). */
  List<Draft> list() {
    return view;
  }
}
