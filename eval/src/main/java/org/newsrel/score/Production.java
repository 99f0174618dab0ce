package org.newsrel.score;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.EventAnnotation;
import org.newsrel.brat.Normalization;
import org.newsrel.brat.TextBound;

/**
 * What a system produces, decided from its output alone: a layer (or an entity type, an
 * attribution role, a relation type within one) is produced when at least one of the
 * system's files has an annotation with that label. A system that never writes a Cue is
 * not "bad at Cues": its Cue scores are "not produced" rather than 0, and its Cue misses
 * are not listed as errors. (Deciding from the output keeps outside systems, which have no
 * manifest, on the same footing as newsrel; the price is that a system that could produce
 * a layer but found nothing in any document is shown as not producing it.)
 *
 * <ul>
 *   <li>entities: a text-bound labelled with one of {@link EntityScorer#LABELS};</li>
 *   <li>identity: a normalization on a text-bound (the canonical ids);</li>
 *   <li>attributions: an event of one of {@link AttributionScorer#TYPES} (roles: its
 *       arguments' base roles);</li>
 *   <li>relations: any other event (types: the event types).</li>
 * </ul>
 *
 * @param entityTypes entity labels found
 * @param identity whether any text-bound carries a canonical id
 * @param roles attribution roles found (Source, Cue, Content)
 * @param relationTypes relation event types found (Capture, Kill, ...)
 */
public record Production(Set<String> entityTypes, boolean identity, Set<String> roles, Set<String> relationTypes) {

  public static final String ENTITIES = "entities";
  public static final String IDENTITY = "identity";
  public static final String ATTRIBUTIONS = "attributions";
  public static final String RELATIONS = "relations";
  /** Every layer, in report order. */
  public static final List<String> LAYERS = List.of(ENTITIES, IDENTITY, ATTRIBUTIONS, RELATIONS);
  /** The relations scored one event per window ({@code eval --one-event-per-window}): produced as relations are. */
  public static final String RELATIONS_ONE_EVENT_PER_WINDOW = "relations, one event per window";
  /** How a score of something not produced is shown in every report. */
  public static final String NOT_PRODUCED = "not produced";

  public Production {
    entityTypes = Set.copyOf(new TreeSet<>(entityTypes));
    roles = Set.copyOf(roles);
    relationTypes = Set.copyOf(relationTypes);
  }

  /** What these documents (one system's output) contain. */
  public static Production of(List<BratDocument> documents) {
    Set<String> types = new TreeSet<>();
    Set<String> roles = new TreeSet<>();
    Set<String> relations = new TreeSet<>();
    boolean identity = false;
    for (BratDocument d : documents) {
      for (TextBound t : d.textBounds()) {
        if (EntityScorer.LABELS.contains(t.label())) {
          types.add(t.label());
        }
      }
      for (Normalization n : d.normalizations()) {
        identity |= d.textBound(n.targetId()).isPresent();
      }
      for (EventAnnotation e : d.events()) {
        if (AttributionScorer.TYPES.contains(e.type())) {
          e.args().forEach(a -> roles.add(Roles.base(a.role())));
        } else {
          relations.add(e.type());
        }
      }
    }
    return new Production(types, identity, roles, relations);
  }

  public boolean produces(String layer) {
    return switch (Objects.requireNonNull(layer, "layer")) {
      case ENTITIES -> !entityTypes.isEmpty();
      case IDENTITY -> identity;
      case ATTRIBUTIONS -> !roles.isEmpty();
      case RELATIONS, RELATIONS_ONE_EVENT_PER_WINDOW -> !relationTypes.isEmpty();
      default -> throw new IllegalArgumentException("unknown layer '" + layer + "'; expected one of " + LAYERS);
    };
  }

  /** The layers produced, in report order. */
  public List<String> layers() {
    return LAYERS.stream().filter(this::produces).toList();
  }

  /** The layers not produced, in report order. */
  public List<String> missingLayers() {
    return LAYERS.stream().filter(l -> !produces(l)).toList();
  }

  public boolean producesEntityType(String type) {
    return entityTypes.contains(type);
  }

  public boolean producesRole(String role) {
    return roles.contains(role);
  }

  public boolean producesRelation(String type) {
    return relationTypes.contains(type);
  }

  /**
   * The report layer of a scorer's error layer name: {@code entity} is entities,
   * {@code attribution Cue} attributions, {@code Capture trigger} and {@code Capture Captive}
   * relations.
   */
  public static String layerOfError(String errorLayer) {
    if (errorLayer.equals(EntityScorer.LAYER)) {
      return ENTITIES;
    }
    return errorLayer.startsWith("attribution ") ? ATTRIBUTIONS : RELATIONS;
  }

  /**
   * Whether an error of this scorer layer and label concerns something the system produces
   * (the entity type, the attribution role, the relation type); errors of what it does not
   * produce are not listed.
   */
  public boolean producesError(String errorLayer, String label) {
    if (errorLayer.equals(EntityScorer.LAYER)) {
      return producesEntityType(label);
    }
    if (errorLayer.startsWith("attribution ")) {
      return producesRole(errorLayer.substring("attribution ".length()));
    }
    int space = errorLayer.indexOf(' ');
    return producesRelation(space < 0 ? errorLayer : errorLayer.substring(0, space));
  }
}
