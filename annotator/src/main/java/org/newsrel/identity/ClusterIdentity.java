package org.newsrel.identity;


/**
 * What corpus-wide linking gives one {@link IdentityCluster}: the corpus id and display
 * name its mentions and arguments take, and the type its mentions take instead of their
 * own ({@code LOCATION} for a bare one-word PERSON that is a place elsewhere), or null.
 */
public record ClusterIdentity(String id, String name, String retype) implements java.io.Serializable {}
