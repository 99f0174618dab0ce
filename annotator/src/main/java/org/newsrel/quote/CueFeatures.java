package org.newsrel.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Candidates and features of the cue classifier: every verb, common noun and adjective
 * of a sentence (not an auxiliary or copula, not inside quotation marks) and "according",
 * described by its lemma, its dependents (a clausal or infinitive complement, an object,
 * a "that" or "to" marker, a preposition), its subject (pronoun, NER type, lemma), the cue
 * lexicon, the rule that claimed it, quotes nearby and its place in the sentence.
 */
final class CueFeatures {

  /** Dependents the classifier pass may take as Content, in order of preference. */
  static final List<String> CONTENT_RELATIONS = List.of("ccomp", "xcomp", "obj", "parataxis");
  private static final Set<String> NOT_CANDIDATE_RELATIONS = Set.of("aux", "aux:pass", "cop", "compound",
      "flat", "fixed", "det", "case", "mark", "punct", "goeswith");

  private CueFeatures() {}

  static List<CueCandidate> candidates(DocumentView view, CueLexicon lexicon, Drafts drafts) {
    List<CueCandidate> out = new ArrayList<>();
    for (int s = 0; s < view.sentenceCount(); s++) {
      SemanticGraph g = view.graph(s);
      if (g == null) {
        continue;
      }
      List<Integer> sent = view.sentenceTokens(s);
      boolean quoteInSentence = false;
      for (int t : sent) {
        quoteInSentence |= view.quoteAt(view.token(t).beginPosition()) != null;
      }
      for (int i = 0; i < sent.size(); i++) {
        int t = sent.get(i);
        CoreLabel tok = view.token(t);
        String tag = tok.tag() == null ? "" : tok.tag();
        boolean according = tok.word().equalsIgnoreCase("according");
        if (!according && !(tag.startsWith("VB") || tag.equals("NN") || tag.equals("NNS") || tag.startsWith("JJ"))) {
          continue;
        }
        if (view.quoteAt(tok.beginPosition()) != null) {
          continue;
        }
        IndexedWord w = view.node(s, t);
        if (w == null || !g.containsVertex(w)) {
          continue;
        }
        String rel = "root";
        IndexedWord gov = null;
        for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
          rel = e.getRelation().toString();
          gov = e.getGovernor();
        }
        if (NOT_CANDIDATE_RELATIONS.contains(rel) && !according) {
          continue;
        }
        Draft rule = drafts.claimant(t);
        List<String> f = new ArrayList<>();
        String lemma = lower(tok.lemma() == null ? tok.word() : tok.lemma());
        String coarse = tag.length() >= 2 ? tag.substring(0, 2) : tag;
        f.add("L=" + lemma);
        f.add("P=" + tag);
        f.add("LP=" + lemma + "|" + coarse);
        f.add("REL=" + rel);
        f.add("GOVP=" + (gov == null ? "none" : coarse(gov.tag())) + "|" + rel);
        if (gov != null && lexicon.frames().containsKey(lower(gov.lemma()))) {
          f.add("GOVLEX|" + rel);
        }
        boolean canAdd = false;
        boolean hasSubject = false;
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
          String r = e.getRelation().toString();
          IndexedWord d = e.getDependent();
          f.add("C=" + r);
          f.add("LC=" + lemma + "|" + r);
          canAdd |= CONTENT_RELATIONS.contains(r);
          if (r.equals("ccomp") || r.equals("xcomp") || r.equals("acl") || r.equals("advcl")) {
            for (SemanticGraphEdge m : g.outgoingEdgeList(d)) {
              if (m.getRelation().toString().equals("mark")) {
                String mw = lower(m.getDependent().word());
                f.add("MARK=" + r + "|" + mw);
                f.add("LMARK=" + lemma + "|" + r + "|" + mw);
              }
            }
          }
          if (r.startsWith("obl") || r.startsWith("nmod")) {
            for (SemanticGraphEdge m : g.outgoingEdgeList(d)) {
              if (m.getRelation().toString().equals("case")) {
                f.add("LCASE=" + lemma + "|" + lower(m.getDependent().word()));
              }
            }
          }
          if (r.equals("nsubj") || r.equals("nsubj:pass") || r.equals("nmod:poss")) {
            hasSubject |= !r.equals("nmod:poss");
            CoreLabel st = view.token(view.docIndex(s, d));
            String stag = st.tag() == null ? "" : st.tag();
            if (stag.startsWith("PRP") || stag.startsWith("W")) {
              f.add("SUBJ=" + r + "|pron:" + lower(st.word()));
            } else {
              String ner = st.ner() == null ? "O" : st.ner();
              f.add("SUBJ=" + r + "|ner:" + ner);
              f.add("SUBJL=" + r + "|" + lower(st.lemma() == null ? st.word() : st.lemma()));
            }
          }
          if (r.equals("advmod") && (lower(d.word()).equals("not") || lower(d.word()).equals("n't")
              || lower(d.word()).equals("never"))) {
            f.add("NEG");
          }
          if (DocumentView.isQuoteMark(d.word()) || view.quoteAt(view.token(view.docIndex(s, d)).beginPosition()) != null) {
            f.add("QUOTECHILD|" + r);
          }
        }
        if (!hasSubject) {
          f.add("NOSUBJ|" + rel);
        }
        f.add(canAdd ? "CANADD" : "NOCONTENT");
        var frames = lexicon.frames().get(lemma);
        if (frames == null) {
          f.add("NOTLEX");
        } else {
          for (String fr : frames) {
            f.add("FRAME=" + fr);
          }
        }
        f.add(rule == null ? "NORULE" : "RULE=" + rule.rule);
        f.add(rule == null ? "NORULE|" + coarse : "RULE|" + coarse);
        boolean inContent = false;
        for (Draft d : drafts.list()) {
          inContent |= d != rule && d.contentContains(tok.beginPosition());
        }
        if (inContent) {
          f.add("INCONTENT");
        }
        if (quoteInSentence) {
          f.add("QUOTESENT");
          f.add("QUOTESENT|" + lemma);
        }
        if (nearQuote(view, sent, i)) {
          f.add("QUOTEADJ");
        }
        f.add("POSN=" + Math.min(3, 4 * i / Math.max(1, sent.size())));
        if (i < 3) {
          f.add("EARLY");
        }
        f.add("PW=" + (i == 0 ? "<s>" : lower(view.token(sent.get(i - 1)).word())));
        f.add("NW=" + (i + 1 >= sent.size() ? "</s>" : lower(view.token(sent.get(i + 1)).word())));
        if (according) {
          canAdd = false;
        }
        out.add(new CueCandidate(t, s, tok.beginPosition(), tok.endPosition(), rule == null ? null : rule.rule,
            rule != null && rule.layoutCue, canAdd, f));
      }
    }
    return out;
  }

  private static boolean nearQuote(DocumentView view, List<Integer> sent, int i) {
    for (int j = Math.max(0, i - 3); j <= Math.min(sent.size() - 1, i + 3); j++) {
      if (j != i && DocumentView.isQuoteMark(view.token(sent.get(j)).word())) {
        return true;
      }
    }
    return false;
  }

  private static String coarse(String tag) {
    return tag == null ? "" : tag.length() >= 2 ? tag.substring(0, 2) : tag;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
