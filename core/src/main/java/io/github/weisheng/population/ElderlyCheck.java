package io.github.weisheng.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.archive.ArchiveNumber;
import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One yearly health-management service of an older person (老年人健康管理服务记录), §6.3 [C]: the
 * assessment (lifestyle, symptoms, medication, and the self-care score of §1.2), the physical
 * exam, the auxiliary tests done and the guidance given. {@link ElderlyPolicy#yearlyStatus} decides
 * whether it completes the year's management.
 *
 * <p>Rule {@code elderly.selfCareScore.range} (field {@code elderlyCheck.selfCareScore}): at least 0.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableElderlyCheck.class)
@JsonDeserialize(as = ImmutableElderlyCheck.class)
public abstract class ElderlyCheck {
  ElderlyCheck() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the archive */
  public abstract ArchiveNumber archive();

  /** @return the date of the service */
  public abstract LocalDate date();

  /** @return whether lifestyle, symptoms and medication were assessed (健康状态评估) */
  public abstract boolean assessed();

  /** @return the self-care score (生活自理能力评分), health data: printed as {@code ***} */
  @Value.Redacted
  public abstract int selfCareScore();

  /** @return whether the physical exam was done (体格检查) */
  public abstract boolean physicalExamDone();

  /** @return the auxiliary tests done */
  public abstract Set<ElderlyLabTest> labTests();

  /** @return the guidance given */
  public abstract Set<ElderlyGuidance> guidance();

  /** @return the band of the self-care score */
  public SelfCareLevel selfCareLevel() {
    return SelfCareLevel.of(selfCareScore());
  }

  @Value.Check
  void check() {
    SelfCareLevel.of(selfCareScore());
  }

  /** Builds {@link ElderlyCheck}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableElderlyCheck.Builder {
    Builder() {}
  }
}
