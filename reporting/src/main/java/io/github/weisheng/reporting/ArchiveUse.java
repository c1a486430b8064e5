package io.github.weisheng.reporting;

import io.github.weisheng.archive.ArchiveNumber;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One archive of the 使用率 denominator and why it counts or not: the drill-down behind the rate.
 *
 * @since 0.1.0
 */
public final class ArchiveUse {
  /**
   * Why an archive is or is not in the 使用率 numerator.
   *
   * @since 0.1.0
   */
  public enum Reason {
    /** Dynamic: a counted service record within the window (the date is the latest). */
    DYNAMIC,
    /** No counted service record within the window. */
    NO_SERVICE_IN_WINDOW
  }

  private final ArchiveNumber archive;
  private final Reason reason;
  private final @Nullable LocalDate latestService;

  private ArchiveUse(ArchiveNumber archive, Reason reason, @Nullable LocalDate latestService) {
    this.archive = archive;
    this.reason = reason;
    this.latestService = latestService;
  }

  /**
   * Returns the use of an archive.
   *
   * @param archive the archive
   * @param latestService the latest counted service date in the window, or empty
   * @return the use
   */
  public static ArchiveUse of(ArchiveNumber archive, Optional<LocalDate> latestService) {
    Objects.requireNonNull(archive, "archive");
    return new ArchiveUse(archive, latestService.isPresent() ? Reason.DYNAMIC : Reason.NO_SERVICE_IN_WINDOW,
        latestService.orElse(null));
  }

  /** @return the archive */
  public ArchiveNumber archive() {
    return archive;
  }

  /** @return why it counts or not */
  public Reason reason() {
    return reason;
  }

  /** @return true when in the numerator */
  public boolean counted() {
    return reason == Reason.DYNAMIC;
  }

  /** @return the latest counted service date, for a dynamic archive */
  public Optional<LocalDate> latestService() {
    return Optional.ofNullable(latestService);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArchiveUse u && archive.equals(u.archive) && reason == u.reason
        && Objects.equals(latestService, u.latestService);
  }

  @Override
  public int hashCode() {
    return Objects.hash(archive, reason, latestService);
  }

  @Override
  public String toString() {
    return archive + " " + reason + (latestService == null ? "" : " " + latestService);
  }
}
