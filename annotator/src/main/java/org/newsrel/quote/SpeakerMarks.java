package org.newsrel.quote;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.newsrel.core.TextSpan;

/**
 * Speakers marked by layout rather than by a verb: a sentence that opens with a short name
 * and a colon (headline "Pence: ...", transcript "WALLACE: ..."), and a quote signed by a dash
 * and a name on the same line ({@code "..." ― Jane Doe}).
 */
final class SpeakerMarks {

  // The numbers below were chosen by hand with the first version of the rules (commit de5bd42), not tuned on PolNeAR;
  // the priors are each attribution's confidence when the confidence model is off.
  /** Last token position (after opening quotation marks) at which a colon may follow the name. */
  private static final int COLON_LATEST = 4;
  /** Most words in a dash signature's name. */
  private static final int SIGNATURE_MAX_WORDS = 6;
  private static final double COLON_SPEAKER_PRIOR = 0.6;
  private static final double SIGNATURE_PRIOR = 0.7;

  private SpeakerMarks() {}

  /**
   * A sentence that opens with a short proper (or upper-case) name and a colon ("Pence: ...",
   * a transcript's "WALLACE: ..."): the name is the source, the colon the cue, the rest of the
   * line the content.
   */
  static void colonSpeakers(DocumentView view, Drafts drafts) {
    for (int s = 0; s < view.sentenceCount(); s++) {
      Draft d = colonSpeaker(view, view.sentenceTokens(s), drafts);
      if (d != null) {
        drafts.add(d);
      }
    }
  }

  /** The colon-speaker attribution of the sentence with tokens {@code sent}, or null. */
  private static Draft colonSpeaker(DocumentView view, List<Integer> sent, Drafts drafts) {
    String text = view.text();
    int first = 0;
    while (first < sent.size() && DocumentView.isQuoteMark(view.token(sent.get(first)).word())) {
      first++;
    }
    int colon = -1;
    for (int i = first; i < sent.size() && i <= first + COLON_LATEST; i++) {
      if (view.token(sent.get(i)).word().equals(":")) {
        colon = i;
        break;
      }
    }
    if (colon <= first || colon + 1 >= sent.size() || drafts.claimed(sent.get(colon))) {
      return null;
    }
    int contentBegin = view.token(sent.get(colon + 1)).beginPosition();
    int contentEnd = lineEnd(text, contentBegin);
    if (!names(view, sent, first, colon) || contentEnd <= contentBegin) {
      return null;
    }
    CoreLabel c = view.token(sent.get(colon));
    TextSpan cue = TextSpan.of(text, c.beginPosition(), c.endPosition());
    TextSpan source = TextSpan.of(text, view.token(sent.get(first)).beginPosition(),
        view.token(sent.get(colon - 1)).endPosition());
    Draft d = new Draft("colon-speaker", cue, cue, source, List.of(TextSpan.of(text, contentBegin, contentEnd)),
        sent.get(colon), COLON_SPEAKER_PRIOR);
    d.layoutCue = true;
    return d;
  }

  /** Every token from {@code first} to before {@code colon} is part of a name: proper noun, possessive or shouted. */
  private static boolean names(DocumentView view, List<Integer> sent, int first, int colon) {
    boolean names = true;
    for (int i = first; i < colon; i++) {
      String tag = view.token(sent.get(i)).tag();
      String word = view.token(sent.get(i)).word();
      boolean shouted = word.length() > 1 && word.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.');
      names &= shouted || tag != null && (tag.startsWith("NNP") || tag.equals("POS"));
    }
    return names;
  }

  /** The end of the line {@code from} is on, less trailing blanks and full stops (never before {@code from}). */
  private static int lineEnd(String text, int from) {
    int lineEnd = text.indexOf('\n', from);
    int end = lineEnd < 0 ? text.length() : lineEnd;
    while (end > from && (DocumentView.isBlank(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
      end--;
    }
    return end;
  }

  /** A quote signed on the same line by a dash and a name: {@code "..." ― Jane Doe}. */
  static Draft dashSignature(DocumentView view, TextSpan quote, Drafts drafts) {
    String text = view.text();
    int i = quote.end();
    while (i < text.length() && text.charAt(i) != '\n' && DocumentView.isBlank(text.charAt(i))) {
      i++;
    }
    if (i >= text.length() || "\u2015\u2014\u2013".indexOf(text.charAt(i)) < 0) {
      return null;
    }
    int nameBegin = i + 1;
    while (nameBegin < text.length() && DocumentView.isBlank(text.charAt(nameBegin))
        && text.charAt(nameBegin) != '\n') {
      nameBegin++;
    }
    int nameEnd = lineEnd(text, nameBegin);
    if (nameEnd <= nameBegin || !Character.isUpperCase(text.charAt(nameBegin))
        || text.substring(nameBegin, nameEnd).split("\\s+").length > SIGNATURE_MAX_WORDS) {
      return null;
    }
    TextSpan cue = TextSpan.of(text, i, i + 1);
    Draft d = new Draft("dash-signature", cue, cue, TextSpan.of(text, nameBegin, nameEnd), List.of(quote), -1,
        SIGNATURE_PRIOR);
    d.layoutCue = true;
    drafts.add(d);
    return d;
  }
}
