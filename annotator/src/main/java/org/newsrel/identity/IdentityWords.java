package org.newsrel.identity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsrel.ner.EntityLexicon;

/**
 * The function words the identity stage reads, by kind, from the {@code [identity-word]}
 * section of the entity lexicon (a word, a TAB, its kinds separated by spaces: {@code
 * the	definite determiner article}). Every kind the code asks for must have a word, so a
 * lexicon without the section is an error, not a silent change. Immutable; thread-safe.
 */
final class IdentityWords {

  /** The kinds the identity stage reads (see {@code entity-lexicon.txt}). */
  static final List<String> KINDS = List.of("definite", "determiner", "article", "pair", "person-pronoun",
      "plural-pronoun", "thing-pronoun", "relative", "patient-pronoun", "personal-pronoun");

  private final Map<String, Set<String>> byKind;

  IdentityWords(EntityLexicon lexicon) {
    Map<String, Set<String>> out = new HashMap<>();
    lexicon.section("identity-word").forEach((word, kinds) -> {
      for (String kind : kinds.split("\\s+")) {
        if (!KINDS.contains(kind)) {
          throw new IllegalArgumentException("entity lexicon " + lexicon.location() + " [identity-word] " + word
              + ": unknown kind '" + kind + "' (kinds: " + KINDS + ")");
        }
        out.computeIfAbsent(kind, k -> new HashSet<>()).add(word);
      }
    });
    for (String kind : KINDS) {
      if (!out.containsKey(kind)) {
        throw new IllegalArgumentException("entity lexicon " + lexicon.location() + " [identity-word]: no word of kind '"
            + kind + "' (a lexicon written before 2026-12-07 lacks the section: copy it from "
            + EntityLexicon.DEFAULT_RESOURCE + ")");
      }
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    this.byKind = Map.copyOf(frozen);
  }

  /** True when {@code word}, as written (entries are lower case), is of {@code kind}. */
  boolean is(String kind, String word) {
    Set<String> words = byKind.get(kind);
    if (words == null) {
      throw new IllegalArgumentException("no identity word kind " + kind);
    }
    return words.contains(word);
  }
}
