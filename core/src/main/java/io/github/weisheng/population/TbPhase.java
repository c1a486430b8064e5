package io.github.weisheng.population;

/**
 * The treatment phase of a tuberculosis patient (治疗阶段), §6.5 [C].
 *
 * @since 0.1.0
 */
public enum TbPhase {
  /** 强化期: the first {@link TbRegimen#intensiveDoses()} doses. */
  INTENSIVE,
  /** 继续期: the rest of the course. */
  CONTINUATION
}
