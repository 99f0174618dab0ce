package org.newsrel.relation;

import static org.newsrel.core.EntityTypes.DATE;
import static org.newsrel.core.EntityTypes.GROUP;
import static org.newsrel.core.EntityTypes.LOCATION;
import static org.newsrel.core.EntityTypes.NATIONALITY;
import static org.newsrel.core.EntityTypes.ORGANIZATION;
import static org.newsrel.core.EntityTypes.PERSON;
import static org.newsrel.core.EntityTypes.TITLE;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsrel.core.Argument;
import org.newsrel.core.EntityMention;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;
import org.newsrel.relation.NounLexicon.Animacy;
import org.newsrel.relation.RelationRules.ArgumentKind;
import org.newsrel.relation.RelationRules.ArgumentRule;
import org.newsrel.relation.RelationRules.ModalityRule;
import org.newsrel.relation.RelationRules.TriggerClass;
import org.newsrel.relation.RelationRules.TriggerRule;

/**
 * Applies relation rules to one parsed sentence: finds triggers, fills roles with the
 * argument patterns, vetoes triggers whose person argument is inanimate, and sets the
 * modality. Stateless apart from its immutable rules and lexicon.
 */
final class RelationExtractor {

  /** NER tags of places and of people-like names. */
  private static final Set<String> PLACE_NER = Set.of(LOCATION, "CITY", "COUNTRY", "STATE_OR_PROVINCE");
  private static final Set<String> ANIMATE_NER = Set.of(PERSON, ORGANIZATION, GROUP, TITLE, NATIONALITY);
  private static final Set<String> INANIMATE_NER = Set.of(LOCATION, "CITY", "COUNTRY", "STATE_OR_PROVINCE",
      DATE, "TIME", "DURATION", "MONEY", "PERCENT", "SET");

  private final List<RelationRules> relations;
  private final NounLexicon nouns;

  /** The first lemma of every trigger rule to its {@link #inflections}, built once (the per-token checks read them). */
  private final Map<String, Set<String>> inflectionsOfFirst = new HashMap<>();
  /** The union of {@link #inflectionsOfFirst}'s values. */
  private final Set<String> firstForms = new HashSet<>();

  RelationExtractor(List<RelationRules> relations, NounLexicon nouns) {
    this.relations = List.copyOf(relations);
    this.nouns = nouns;
    for (RelationRules r : this.relations) {
      for (TriggerRule tr : r.triggers()) {
        String first = tr.lemmas().get(0);
        Set<String> forms = inflectionsOfFirst.computeIfAbsent(first, RelationExtractor::inflections);
        firstForms.addAll(forms);
      }
    }
  }

  /**
   * Whether any trigger of any relation could match a word of this sentence (cheap pre-check):
   * a token whose lemma is a trigger's first lemma, or whose lower-cased word is one of its
   * regular inflections.
   */
  boolean mentionsTrigger(List<CoreLabel> tokens) {
    for (CoreLabel t : tokens) {
      if (inflectionsOfFirst.containsKey(lower(t.lemma())) || firstForms.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The events of one sentence. */
  List<Event> extract(String text, List<CoreLabel> tokens, SemanticGraph graph, List<EntityMention> entities) {
    List<Event> events = new ArrayList<>();
    Map<Event, IndexedWord> heads = new HashMap<>();
    for (RelationRules relation : relations) {
      Set<Integer> usedHeads = new HashSet<>();
      for (int i = 0; i < tokens.size(); i++) {
        for (TriggerRule rule : relation.triggers()) {
          int[] range = matchTrigger(rule, tokens, graph, i);
          if (range == null) {
            continue;
          }
          int headIndex = range[0] + rule.head() + 1;
          IndexedWord head = graph.getNodeByIndexSafe(headIndex);
          if (head == null || !usedHeads.add(headIndex)) {
            break;
          }
          Event event = buildEvent(relation, rule, range, head, text, tokens, graph, entities);
          if (event != null) {
            events.add(event);
            heads.put(event, head);
          }
          break;
        }
      }
    }
    return mergeRestatements(events, heads, graph);
  }

  /**
   * A nominal trigger restated by a verb of the same relation in its relative clause is one
   * event ("the 1989 massacre, in which hundreds were killed"; gold/GUIDELINES.md 5.1): the
   * noun's event keeps its trigger and takes the verb's arguments for the roles it lacks; the
   * verb's event goes.
   */
  private static List<Event> mergeRestatements(List<Event> events, Map<Event, IndexedWord> heads, SemanticGraph graph) {
    if (events.size() < 2) {
      return events;
    }
    List<Event> out = new ArrayList<>(events);
    for (Event noun : events) {
      IndexedWord nounHead = heads.get(noun);
      if (nounHead.tag() == null || !nounHead.tag().startsWith("NN") || !out.contains(noun)) {
        continue;
      }
      for (Event verb : events) {
        IndexedWord verbHead = heads.get(verb);
        if (verb == noun || !verb.type().equals(noun.type()) || !out.contains(verb)
            || verbHead.tag() == null || !verbHead.tag().startsWith("VB")) {
          continue;
        }
        SemanticGraphEdge edge = graph.getEdge(nounHead, verbHead);
        if (edge == null || !edge.getRelation().toString().equals("acl:relcl")) {
          continue;
        }
        List<Argument> args = new ArrayList<>(noun.arguments());
        for (Argument a : verb.arguments()) {
          if (noun.argument(a.role()).isEmpty()) {
            args.add(a);
          }
        }
        Event merged = new Event(noun.type(), noun.trigger(), args, noun.attributes(), noun.confidence(),
            noun.rule() + ", restated by '" + verb.trigger().text() + "'");
        out.set(out.indexOf(noun), merged);
        out.remove(verb);
        heads.put(merged, nounHead);
        break;
      }
    }
    return out;
  }

  /** The token range [first, last] (0-based) of a trigger starting at token i, or null. */
  private int[] matchTrigger(TriggerRule rule, List<CoreLabel> tokens, SemanticGraph graph, int i) {
    if (rule.triggerClass() == TriggerClass.PHRASE) {
      List<String> lemmas = rule.lemmas();
      if (i + lemmas.size() > tokens.size()) {
        return null;
      }
      for (int k = 0; k < lemmas.size(); k++) {
        String want = lemmas.get(k);
        CoreLabel t = tokens.get(i + k);
        if (!want.equals("_") && !want.equals(lower(t.lemma())) && !want.equals(lower(t.word()))) {
          return null;
        }
      }
      return new int[] {i, i + lemmas.size() - 1};
    }
    CoreLabel t = tokens.get(i);
    String tag = t.tag() == null ? "" : t.tag();
    String lemma = rule.lemmas().get(0);
    boolean lemmaMatch = lemma.equals(lower(t.lemma())) || lemma.equals(lower(t.word()));
    // Title-case words tagged NNP/NNPS keep their inflected form as lemma: match by inflection.
    boolean properFallback = tag.startsWith("NNP") && inflectionsOfFirst.get(lemma).contains(lower(t.word()));
    boolean ok = switch (rule.triggerClass()) {
      case VERB -> (lemmaMatch && tag.startsWith("VB")) || properFallback;
      case NOUN -> (lemmaMatch && (tag.equals("NN") || tag.equals("NNS"))) || properFallback;
      case ADJ -> lemmaMatch && (tag.startsWith("JJ") || tag.equals("VBN") || tag.equals("VBD"))
          && isModifier(graph, i + 1, rule.modifies());
      case PHRASE -> false;
    };
    return ok ? new int[] {i, i} : null;
  }

  /** Whether the word modifies a noun (amod), one whose lemma matches {@code governors} if that is given. */
  private static boolean isModifier(SemanticGraph graph, int index, java.util.regex.Pattern governors) {
    IndexedWord node = graph.getNodeByIndexSafe(index);
    if (node == null) {
      return false;
    }
    for (SemanticGraphEdge e : graph.incomingEdgeList(node)) {
      if (e.getRelation().toString().equals("amod") && (governors == null
          || governors.matcher(lower(e.getGovernor().lemma())).matches()
          || governors.matcher(lower(e.getGovernor().word())).matches())) {
        return true;
      }
    }
    return false;
  }

  private Event buildEvent(RelationRules relation, TriggerRule rule, int[] range, IndexedWord head, String text,
      List<CoreLabel> tokens, SemanticGraph graph, List<EntityMention> entities) {
    TextSpan trigger = TextSpan.of(text, tokens.get(range[0]).beginPosition(), tokens.get(range[1]).endPosition());
    Map<String, Argument> filled = new LinkedHashMap<>();
    Set<IndexedWord> used = new HashSet<>();
    for (int k = range[0]; k <= range[1]; k++) {
      IndexedWord w = graph.getNodeByIndexSafe(k + 1);
      if (w != null) {
        used.add(w);
      }
    }
    boolean personConfirmed = false;
    for (String role : relation.roles()) {
      for (ArgumentRule argRule : relation.arguments()) {
        if (!argRule.role().equals(role)) {
          continue;
        }
        List<IndexedWord> matches = findArguments(argRule, graph, head, used);
        if (matches.isEmpty()) {
          continue;
        }
        IndexedWord arg = primary(matches);
        ArgumentKind kind = argRule.kind();
        if (kind == ArgumentKind.PERSON) {
          Animacy animacy = animacy(arg, graph, tokens, entities);
          if (animacy == Animacy.INANIMATE || (animacy == Animacy.UNKNOWN && rule.strict())) {
            return null;
          }
          personConfirmed |= animacy == Animacy.ANIMATE;
        } else if (kind == ArgumentKind.ANIMATE) {
          // an inferred argument must be positively known to be a person
          if (animacy(arg, graph, tokens, entities) != Animacy.ANIMATE) {
            continue;
          }
          personConfirmed = true;
        } else if (kind == ArgumentKind.PLACE && !isPlace(arg, tokens, entities)) {
          continue;
        } else if (kind == ArgumentKind.TIME && !isTime(arg, tokens, entities)) {
          continue;
        }
        used.add(arg);
        TextSpan span = ArgumentSpans.span(text, graph, arg, kind, tokens, entities);
        // a noun phrase the parser split into two sister heads ("their own | wounded"): join them
        for (IndexedWord other : matches) {
          TextSpan o = ArgumentSpans.span(text, graph, other, kind, tokens, entities);
          if (o.end() <= span.begin() && text.substring(o.end(), span.begin()).isBlank()) {
            span = TextSpan.of(text, o.begin(), span.end());
            used.add(other);
          }
        }
        filled.put(role, Argument.of(role, span));
        break;
      }
    }
    if (rule.strict() && !personConfirmed) {
      return null;
    }
    if (rule.needs() != null && !filled.containsKey(rule.needs())) {
      return null;
    }
    String modality = relation.defaultModality();
    String modalityRule = "default";
    for (ModalityRule m : relation.modalities()) {
      if (matchesAt(m.pattern().matcher(graph), head)) {
        modality = m.value();
        modalityRule = "line " + m.line();
        break;
      }
    }
    double confidence = filled.isEmpty() ? 0.6 : 0.85;
    return new Event(relation.type(), trigger, List.copyOf(filled.values()),
        List.of(new Event.Attribute("Modality", modality)), confidence,
        relation.source() + " trigger line " + rule.line() + ", modality " + modalityRule);
  }

  /** Locative obliques of a main clause that place the whole sentence ("Fighting broke out in X."). */
  private static final Set<String> CLAUSE_LOCATIVES = Set.of("obl:in", "obl:at", "nmod:in", "nmod:at");

  /**
   * The place a sentence's main clause is set in: the first {@code in} / {@code at} oblique of
   * the root (or of a verb coordinated with it or hung on it as {@code dep}) that is a named place (an entity-layer or NER
   * LOCATION), as an argument span; null if none. A later sentence that names no place of its
   * own inherits it ({@link RelationAnnotator}, property {@code placeFromPreviousSentence}).
   */
  TextSpan clausePlace(String text, List<CoreLabel> tokens, SemanticGraph graph, List<EntityMention> entities) {
    List<IndexedWord> clauses = new ArrayList<>(graph.getRoots());
    for (IndexedWord root : graph.getRoots()) {
      for (SemanticGraphEdge e : graph.outgoingEdgeList(root)) {
        // a coordinated clause, or the real main verb when the parser hung it on "dep"
        // ("Fighting raged in X" parsed with root "Fighting")
        String rel = e.getRelation().toString();
        if (rel.startsWith("conj") || rel.equals("dep")) {
          clauses.add(e.getDependent());
        }
      }
    }
    for (IndexedWord clause : clauses) {
      List<SemanticGraphEdge> edges = new ArrayList<>(graph.outgoingEdgeList(clause));
      edges.sort(Comparator.comparingInt(e -> e.getDependent().index()));
      for (SemanticGraphEdge e : edges) {
        IndexedWord arg = e.getDependent();
        if (CLAUSE_LOCATIVES.contains(e.getRelation().toString()) && isNamedPlace(arg, tokens, entities)) {
          return ArgumentSpans.span(text, graph, arg, ArgumentKind.PLACE, tokens, entities);
        }
      }
    }
    return null;
  }

  /** Whether the sentence names a place anywhere (then it does not inherit one). */
  boolean namesPlace(List<CoreLabel> tokens, List<EntityMention> entities) {
    for (CoreLabel t : tokens) {
      String type = entityTypeAt(t, entities);
      if (type != null ? PLACE_NER.contains(type) : PLACE_NER.contains(t.ner() == null ? "O" : t.ner())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNamedPlace(IndexedWord arg, List<CoreLabel> tokens, List<EntityMention> entities) {
    CoreLabel token = tokens.get(arg.index() - 1);
    String type = entityTypeAt(token, entities);
    return type != null ? PLACE_NER.contains(type) : PLACE_NER.contains(token.ner() == null ? "O" : token.ner());
  }

  /** Every unused argument head the rule finds for this trigger, in text order. */
  private static List<IndexedWord> findArguments(ArgumentRule rule, SemanticGraph graph, IndexedWord head,
      Set<IndexedWord> used) {
    Set<IndexedWord> found = new TreeSet<>(Comparator.comparingInt(IndexedWord::index));
    SemgrexMatcher m = rule.pattern().matcher(graph);
    while (m.find()) {
      if (head.equals(m.getNode("trigger"))) {
        IndexedWord arg = m.getNode("arg");
        if (arg != null && !used.contains(arg)) {
          found.add(arg);
        }
      }
    }
    return List.copyOf(found);
  }

  /** The first noun or pronoun among the matches; without one, the last (the head of a split phrase). */
  private static IndexedWord primary(List<IndexedWord> matches) {
    for (IndexedWord w : matches) {
      String tag = w.tag() == null ? "" : w.tag();
      if (tag.startsWith("NN") || tag.startsWith("PRP") || tag.startsWith("WP") || tag.equals("CD")) {
        return w;
      }
    }
    return matches.get(matches.size() - 1);
  }

  private static boolean matchesAt(SemgrexMatcher m, IndexedWord head) {
    while (m.find()) {
      if (head.equals(m.getNode("trigger"))) {
        return true;
      }
    }
    return false;
  }

  /** Animacy of an argument head: noun lexicon, entity layer, NER, CoreNLP lists; "one of X" looks at X. */
  private Animacy animacy(IndexedWord arg, SemanticGraph graph, List<CoreLabel> tokens, List<EntityMention> entities) {
    CoreLabel token = tokens.get(arg.index() - 1);
    String entityType = entityTypeAt(token, entities);
    if (entityType != null && ANIMATE_NER.contains(entityType) && !entityType.equals(NATIONALITY)) {
      return Animacy.ANIMATE;
    }
    if (entityType != null && PLACE_NER.contains(entityType)) {
      return Animacy.INANIMATE;
    }
    String ner = token.ner() == null ? "O" : token.ner();
    if (ner.equals(PERSON) || ner.equals(ORGANIZATION)) {
      return Animacy.ANIMATE;
    }
    if (INANIMATE_NER.contains(ner)) {
      return Animacy.INANIMATE;
    }
    Animacy a = nouns.animacy(token.word(), token.lemma());
    if (a == Animacy.UNKNOWN || token.tag() != null && token.tag().equals("CD")) {
      for (SemanticGraphEdge e : graph.outgoingEdgeList(arg)) {
        if (e.getRelation().toString().equals("nmod:of")) {
          Animacy inner = animacy(e.getDependent(), graph, tokens, entities);
          if (inner != Animacy.UNKNOWN) {
            return inner;
          }
        }
      }
    }
    if (a == Animacy.UNKNOWN && token.tag() != null && token.tag().equals("NNP")) {
      return Animacy.ANIMATE; // an unknown proper name that is not a place: a person or an organisation
    }
    return a;
  }

  private boolean isPlace(IndexedWord arg, List<CoreLabel> tokens, List<EntityMention> entities) {
    CoreLabel token = tokens.get(arg.index() - 1);
    String entityType = entityTypeAt(token, entities);
    if (entityType != null) {
      return PLACE_NER.contains(entityType);
    }
    String ner = token.ner() == null ? "O" : token.ner();
    if (PLACE_NER.contains(ner)) {
      return true;
    }
    if (nouns.isPlaceNoun(token.word(), token.lemma())) {
      return true;
    }
    // Place names the NER misses ("in Tikrit"): a proper noun with no other entity type.
    return token.tag() != null && token.tag().startsWith("NNP") && ner.equals("O");
  }

  private boolean isTime(IndexedWord arg, List<CoreLabel> tokens, List<EntityMention> entities) {
    String entityType = entityTypeAt(tokens.get(arg.index() - 1), entities);
    if (DATE.equals(entityType)) {
      return true;
    }
    String ner = arg.ner() == null ? "O" : arg.ner();
    return ner.equals(DATE) || ner.equals("TIME") || nouns.isTimeNoun(arg.word(), arg.lemma());
  }

  private static String entityTypeAt(CoreLabel token, List<EntityMention> entities) {
    String best = null;
    int bestLength = Integer.MAX_VALUE;
    for (EntityMention m : entities) {
      if (m.span().begin() <= token.beginPosition() && token.endPosition() <= m.span().end()
          && m.span().length() < bestLength) {
        best = m.type();
        bestLength = m.span().length();
      }
    }
    return best;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  /** Regular English inflections of a lemma (capture: captures, captured, capturing). */
  static Set<String> inflections(String lemma) {
    Set<String> forms = new HashSet<>();
    forms.add(lemma);
    forms.add(lemma + "s");
    forms.add(lemma + "es");
    forms.add(lemma + "ed");
    forms.add(lemma + "ing");
    if (lemma.endsWith("e")) {
      String stem = lemma.substring(0, lemma.length() - 1);
      forms.add(lemma + "d");
      forms.add(stem + "ing");
    }
    if (lemma.endsWith("y")) {
      forms.add(lemma.substring(0, lemma.length() - 1) + "ies");
    }
    return forms;
  }
}
