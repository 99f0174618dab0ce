package org.newsrel.score;

/** A false positive (predicted, not in gold) or a false negative (in gold, not predicted). */
public enum ErrorKind { FP, FN }
