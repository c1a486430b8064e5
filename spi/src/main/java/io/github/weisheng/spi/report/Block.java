package io.github.weisheng.spi.report;

/**
 * A block of a section's body: a {@link Paragraph}, a {@link Table} or a {@link Chart}.
 *
 * @since 0.1.0
 */
public sealed interface Block permits Paragraph, Table, Chart {}
