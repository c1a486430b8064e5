package io.github.weisheng.spi.storage;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An atomic group of writes with who, when and why (留痕). A store applies all of them or none.
 *
 * @param writes the writes, at least one, at most one per record
 * @param author the id of the principal who made the change (a staff id, not a resident's data)
 * @param reason why the change was made, for example {@code archive.open}; free text is allowed
 *     but must not contain personal data
 * @param at when the change was made, from the caller's clock
 * @since 0.1.0
 */
public record Commit(List<RecordWrite> writes, String author, String reason, Instant at) {

  /** Checks every part; rejects an empty commit and two writes to one record. */
  public Commit {
    writes = List.copyOf(Objects.requireNonNull(writes, "writes"));
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
    if (writes.isEmpty()) {
      throw new IllegalArgumentException("writes must not be empty / 提交须至少包含一条写入");
    }
    if (author.isBlank() || author.length() > 128) {
      throw new IllegalArgumentException("author must be 1-128 characters / 操作人长度须为 1-128");
    }
    if (reason.length() > 512) {
      throw new IllegalArgumentException("reason must be at most 512 characters / 原因不超过 512 字符");
    }
    Set<RecordKey> seen = new HashSet<>();
    for (RecordWrite write : writes) {
      if (!seen.add(write.key())) {
        throw new IllegalArgumentException(
            "writes must name each record once (" + write.key() + ") / 同一记录在一次提交中只能写一次");
      }
    }
  }

  /**
   * Returns a commit.
   *
   * @param author who
   * @param reason why
   * @param at when
   * @param writes what
   * @return the commit
   */
  public static Commit of(String author, String reason, Instant at, List<RecordWrite> writes) {
    return new Commit(writes, author, reason, at);
  }
}
