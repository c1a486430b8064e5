package io.github.weisheng.archive;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an archive came from when a resident moved in with an archive opened elsewhere (迁入): the
 * sending institution, the archive number there (17 digits; it changes with the committee, see
 * domain reference §8 q9), and the date of the handover.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTransferIn.class)
@JsonDeserialize(as = ImmutableTransferIn.class)
public abstract class TransferIn {
  TransferIn() {}

  /** @return the sending institution's name */
  @Value.Parameter
  public abstract String fromInstitution();

  /** @return the archive number at the sending institution, when known */
  @Value.Parameter
  public abstract Optional<ArchiveNumber> previousNumber();

  /** @return the date the archive was handed over */
  @Value.Parameter
  public abstract LocalDate on();

  /**
   * Returns a transfer-in record.
   *
   * @param fromInstitution the sending institution
   * @param previousNumber the archive number there, when known
   * @param on the handover date
   * @return the record
   */
  public static TransferIn of(String fromInstitution, Optional<? extends ArchiveNumber> previousNumber, LocalDate on) {
    return ImmutableTransferIn.of(fromInstitution, previousNumber, on);
  }

  @Value.Check
  void check() {
    io.github.weisheng.internal.Violations v = new io.github.weisheng.internal.Violations();
    v.require(!fromInstitution().isBlank() && fromInstitution().length() <= 200,
        "transferIn.fromInstitution", "form.text", 200);
    v.throwIfAny();
  }
}
