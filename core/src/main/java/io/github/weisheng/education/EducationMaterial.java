package io.github.weisheng.education;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A material used in an activity (资料): its title — one title is one "kind" (种) in the spec's count
 * — its {@link MaterialKind}, the quantity (copies handed out, or showings of a video) and, for
 * audio-video, the minutes played; immunization-sanitation-education-standards-privacy.md §4 [HE,
 * KPI].
 *
 * <p>Rules: {@code education.text} (field {@code title}), {@code educationMaterial.negative} (fields
 * {@code quantity}, {@code minutes}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEducationMaterial.class)
@JsonDeserialize(as = ImmutableEducationMaterial.class)
public abstract class EducationMaterial {
  EducationMaterial() {}

  /** @return the title, for example 《高血压健康处方》 */
  public abstract String title();

  /** @return the kind */
  public abstract MaterialKind kind();

  /** @return copies handed out (份), or showings (次) of audio-video */
  public abstract int quantity();

  /** @return minutes played, for audio-video */
  public abstract OptionalInt minutes();

  /**
   * Returns a material.
   *
   * @param title the title
   * @param kind the kind
   * @param quantity copies or showings
   * @return the material
   */
  public static EducationMaterial of(String title, MaterialKind kind, int quantity) {
    return ImmutableEducationMaterial.builder().title(title).kind(kind).quantity(quantity).build();
  }

  /**
   * Returns an audio-video material with the minutes played.
   *
   * @param title the title
   * @param kind {@link MaterialKind#VIDEO} or {@link MaterialKind#AUDIO}
   * @param showings the showings
   * @param minutes the minutes played in all
   * @return the material
   */
  public static EducationMaterial played(String title, MaterialKind kind, int showings, int minutes) {
    return ImmutableEducationMaterial.builder().title(title).kind(kind).quantity(showings).minutes(minutes).build();
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    EducationTexts.check(v, "title", title());
    v.require(quantity() >= 0, "quantity", "educationMaterial.negative");
    minutes().ifPresent(m -> v.require(m >= 0, "minutes", "educationMaterial.negative"));
    v.throwIfAny();
  }
}
