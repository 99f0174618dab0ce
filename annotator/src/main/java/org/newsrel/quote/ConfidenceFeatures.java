package org.newsrel.quote;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;

/**
 * The features the {@link ConfidenceModel} scores an attribution by: what made it (the rule,
 * the cue classifier's and the boundary model's probabilities, binned), what it looks like
 * (Kind, the Source's form, the Content's length and fragments, the cue word) and where it is
 * (headline, first sentence).
 */
public final class ConfidenceFeatures {

  /** One attribution as written and its features (for training). */
  public record Example(Event event, List<String> features) {}

  private ConfidenceFeatures() {}

  static List<String> of(DocumentView view, Draft d) {
    List<String> f = new ArrayList<>();
    f.add("bias");
    f.add("rule=" + d.rule);
    f.add("kind=" + d.kind(view.quotes()));
    String source = sourceForm(view, d.source);
    f.add("source=" + source);
    f.add("rule+source=" + d.rule + "|" + source);
    String cue = bin(d.cueScore);
    f.add("cueScore=" + cue);
    f.add("rule+cueScore=" + d.rule + "|" + cue);
    f.add("beginScore=" + bin(d.beginScore));
    f.add("endScore=" + bin(d.endScore));
    f.add("minBoundary=" + bin(Double.isNaN(d.beginScore) ? Double.NaN : Math.min(d.beginScore, d.endScore)));
    int tokens = 0;
    for (TextSpan c : d.content) {
      tokens += view.tokensIn(c).size();
    }
    f.add("contentTokens=" + lengthBucket(tokens));
    f.add("fragments=" + Math.min(d.content.size(), 3));
    if (d.cue != null) {
      f.add("cue=" + d.cue.text().toLowerCase(Locale.ROOT));
      f.add("cueWords=" + Math.min(3, d.cue.text().split("\\s+").length));
    } else {
      f.add("cue=none");
    }
    int first = view.tokensIn(d.trigger).stream().findFirst().orElse(-1);
    if (first >= 0) {
      int s = view.sentenceOf(first);
      f.add("sentence=" + (s == 0 ? "first" : s < 3 ? "early" : "later"));
    }
    if (d.content.size() > 0 && view.quoteAt(d.contentBegin()) != null) {
      f.add("contentOpensQuote");
    }
    return f;
  }

  /** The Source's form: none, pronoun, name (a proper noun in it), or another noun phrase. */
  static String sourceForm(DocumentView view, TextSpan source) {
    if (source == null) {
      return "none";
    }
    List<Integer> in = view.tokensIn(source);
    boolean name = false;
    for (int t : in) {
      CoreLabel tok = view.token(t);
      String tag = tok.tag() == null ? "" : tok.tag();
      if (in.size() == 1 && tag.startsWith("PRP")) {
        return "pronoun";
      }
      name |= tag.startsWith("NNP");
    }
    return name ? "name" : in.size() <= 2 ? "short-np" : "long-np";
  }

  /** A probability in tenths ("0".."9"), or "none". */
  static String bin(double p) {
    return Double.isNaN(p) ? "none" : String.valueOf(Math.min(9, (int) Math.floor(p * 10)));
  }

  static String lengthBucket(int tokens) {
    return tokens <= 3 ? "1-3" : tokens <= 8 ? "4-8" : tokens <= 20 ? "9-20" : tokens <= 40 ? "21-40" : "41+";
  }
}
