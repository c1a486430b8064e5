/**
 * An access-policy plug-in (权限策略插件) for a host whose staff directory speaks its own language:
 * {@link io.github.weisheng.examples.plugins.access.StaffDirectory} maps the host's job titles and
 * departments to Weisheng's roles and team scopes, and {@link
 * io.github.weisheng.examples.plugins.access.HostAccessPolicy} adds the host's own rules to the
 * built-in policy. {@link io.github.weisheng.examples.plugins.access.HostAccessPolicyProvider} is what
 * {@code ServiceLoader} finds.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.weisheng.examples.plugins.access;

import org.jspecify.annotations.NullMarked;
