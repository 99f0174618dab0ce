package org.newsrel.quote;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule's {@code =cue} node asks of a word, checked on a sentence's tokens before the
 * rule's Semgrex pattern runs: a sentence in which no token satisfies the cue node's own
 * attributes cannot match the pattern, so the pattern is not run there.
 *
 * <p>Most rule patterns are rooted at an unconstrained node ({@code {}=content}) and
 * explore every word's dependents, which made the Semgrex pass the attribution layer's
 * largest cost, while their cue node names a short list of lemmas that most sentences do not
 * contain. The filter is built from the cue node's description in the (macro-expanded)
 * pattern text, {@code {lemma:/^(say|tell)$/;tag:/VB[DPZ]/}=cue}, with Semgrex's own rules
 * for an attribute value (CoreNLP 4.5.10 {@code NodePattern}): a value between slashes
 * that holds a character other than a letter or digit is a regular expression that must
 * match the whole attribute, anything else is compared literally, case-sensitively. A
 * regular expression that is only an alternation of plain words ({@code ^(say|tell)$}) is
 * checked as a set lookup.
 *
 * <p>The filter is only a necessary condition, never a different test: when the
 * description uses anything else (a key other than {@code lemma}, {@code word} or
 * {@code tag}, a negated attribute or node, nested braces, a flag for caseless matching),
 * {@link #of} returns {@link #ALWAYS}, and the pattern runs on every sentence as before.
 */
final class CueWordFilter {

  /** The filter of a pattern whose cue node could not be read: every sentence passes. */
  static final CueWordFilter ALWAYS = new CueWordFilter("", List.of());

  private static final Pattern CUE_NODE = Pattern.compile("(!?)\\{([^{}]*)\\}=cue(?![A-Za-z0-9_])");
  private static final Pattern WORD_ALTERNATION = Pattern.compile("\\^?\\(?([A-Za-z'-]+(?:\\|[A-Za-z'-]+)*)\\)?\\$?");

  private final String description;
  /** Every one must hold for the same token. */
  private final List<Predicate<CoreLabel>> tests;

  private CueWordFilter(String description, List<Predicate<CoreLabel>> tests) {
    this.description = description;
    this.tests = List.copyOf(tests);
  }

  /** The cue node's description, e.g. {@code lemma:/^(say|tell)$/;tag:/VB[DPZ]/} ("" for {@link #ALWAYS}). */
  String description() {
    return description;
  }

  /** Whether this filter lets every sentence through. */
  boolean always() {
    return tests.isEmpty();
  }

  /** The filter of a Semgrex pattern's {@code =cue} node, or {@link #ALWAYS}. */
  static CueWordFilter of(String pattern) {
    Matcher m = CUE_NODE.matcher(pattern);
    if (!m.find()) {
      return ALWAYS;
    }
    String negation = m.group(1);
    String body = m.group(2).trim();
    if (!negation.isEmpty() || m.find() || body.isEmpty()) {
      return ALWAYS;  // a negated node, a second =cue, or no attribute
    }
    List<Predicate<CoreLabel>> tests = new ArrayList<>();
    for (String attribute : body.split(";")) {
      int colon = attribute.indexOf(':');
      if (colon <= 0) {
        return ALWAYS;
      }
      String key = attribute.substring(0, colon).trim();
      String value = attribute.substring(colon + 1).trim();
      Predicate<String> valueTest = valueTest(value);
      if (valueTest == null) {
        return ALWAYS;
      }
      switch (key) {
        case "lemma" -> tests.add(t -> t.lemma() != null && valueTest.test(t.lemma()));
        case "word" -> tests.add(t -> t.word() != null && valueTest.test(t.word()));
        case "tag" -> tests.add(t -> t.tag() != null && valueTest.test(t.tag()));
        default -> {
          return ALWAYS;  // another key, a negated key ("lemma!"), a partial attribute
        }
      }
    }
    return new CueWordFilter(body, tests);
  }

  /** Semgrex's test for an attribute value, or null when the value is not one this class reads. */
  private static Predicate<String> valueTest(String value) {
    if (value.isEmpty() || value.startsWith("!")) {
      return null;
    }
    boolean slashed = value.length() >= 2 && value.startsWith("/") && value.endsWith("/");
    String content = slashed ? value.substring(1, value.length() - 1) : value;
    boolean regex = false;
    if (slashed) {
      for (int i = 0; i < content.length(); i++) {
        char c = content.charAt(i);
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
          regex = true;
          break;
        }
      }
    } else if (!content.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
      return null;  // unquoted value with syntax this class does not parse
    }
    if (!regex) {
      return content::equals;
    }
    // a plain alternation of words becomes a set; anything else (flags, lookarounds,
    // wildcards) is the regular expression itself
    Matcher alternation = WORD_ALTERNATION.matcher(content);
    if (alternation.matches() && balancedAnchors(content)) {
      Set<String> words = new HashSet<>(List.of(alternation.group(1).split("\\|")));
      return words::contains;
    }
    Pattern p = Pattern.compile(content);
    return s -> p.matcher(s).matches();
  }

  /** "^(a|b)$", "(a|b)", "a|b", "^a$": a parenthesis only around the whole alternation. */
  private static boolean balancedAnchors(String content) {
    String c = content;
    if (c.startsWith("^")) {
      c = c.substring(1);
    }
    if (c.endsWith("$")) {
      c = c.substring(0, c.length() - 1);
    }
    boolean open = c.startsWith("(");
    boolean close = c.endsWith(")");
    return open == close;
  }

  /** Whether some token of the sentence satisfies every attribute of the cue node. */
  boolean admits(List<CoreLabel> sentenceTokens) {
    if (tests.isEmpty()) {
      return true;
    }
    for (CoreLabel t : sentenceTokens) {
      boolean all = true;
      for (Predicate<CoreLabel> test : tests) {
        if (!test.test(t)) {
          all = false;
          break;
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }
}
