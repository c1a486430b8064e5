package io.github.weisheng.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of Weisheng's value types, put on each domain package.
 *
 * <ul>
 *   <li>generated {@code Immutable*} classes are package-private: the public API is the abstract
 *       value type, its nested {@code Builder} and its factories;
 *   <li>strict builders: setting an attribute twice is an {@link IllegalStateException};
 *   <li>redacted attributes (names, ID numbers, phones, addresses) print as {@code ***}.
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    redactedMask = "***",
    depluralize = true,
    allowedClasspathAnnotations = {Override.class})
public @interface WeishengStyle {}
