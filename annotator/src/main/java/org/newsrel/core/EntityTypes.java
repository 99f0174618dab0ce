package org.newsrel.core;

/**
 * The entity types of the annotation scheme, as {@link EntityMention#type()} spells them, and
 * {@link #O} for a token outside every mention. One place for the strings, so that a typo is a
 * compile error rather than a type no rule matches.
 */
public final class EntityTypes {

  public static final String PERSON = "PERSON";
  public static final String ORGANIZATION = "ORGANIZATION";
  public static final String LOCATION = "LOCATION";
  public static final String NATIONALITY = "NATIONALITY";
  public static final String DATE = "DATE";
  public static final String NUMBER = "NUMBER";
  public static final String TITLE = "TITLE";
  public static final String GROUP = "GROUP";
  /** No entity: the label of a token outside every mention (CoreNLP's and CoNLL's "O"). */
  public static final String O = "O";

  private EntityTypes() {}
}
