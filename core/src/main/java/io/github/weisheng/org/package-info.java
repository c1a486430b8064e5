/**
 * Org units: counties (GB/T 2260), townships and streets, residents' and villagers' committees (the 12-digit statistical code), and the health centres, stations and teams (片区/家庭医生团队) that serve them.
 *
 * @since 0.1.0
 */
@NullMarked
@WeishengStyle
package io.github.weisheng.org;

import io.github.weisheng.internal.WeishengStyle;
import org.jspecify.annotations.NullMarked;
