/**
 * Indicators computed from Weisheng's records for one principal's scopes: each a {@link
 * io.github.weisheng.reporting.Rate} with the members behind it and the reason each counts or not.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.weisheng.reporting;

import org.jspecify.annotations.NullMarked;
