/**
 * Typed errors of Weisheng. A broken rule is a {@link io.github.weisheng.validation.RuleViolation}:
 * a dotted field path ({@code followUp.bloodPressure.systolic}) and a rule id, with messages in
 * English and Chinese. Messages name the field and the rule, never the value, so personal data
 * never reaches a log through an exception.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.weisheng.validation;

import org.jspecify.annotations.NullMarked;
