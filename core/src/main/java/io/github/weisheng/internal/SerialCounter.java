package io.github.weisheng.internal;

/**
 * The last serial allocated under some prefix (for archive numbers: per committee).
 *
 * @param last the last serial given out, 0 before the first
 */
public record SerialCounter(int last) {}
