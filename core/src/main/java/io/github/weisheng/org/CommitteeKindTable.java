package io.github.weisheng.org;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import com.google.common.collect.RangeMap;
import com.google.common.collect.TreeRangeMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which kind of committee a committee number denotes (村/居委会代码段): ranges of the three-digit
 * committee number (segment 3 of the archive number) mapped to a {@link CommitteeKind}.
 *
 * <p>The ranges are a convention found only in secondary sources, so they are data the host can
 * override, not a rule of the code: archives-chronic-populations.md §1.1 segment 3, tagged [S]
 * (npbww.com, derived from Baidu Baike), and open question 9 there. The {@linkplain #defaults()
 * default table} is 001–099 {@link CommitteeKind#RESIDENTS_COMMITTEE 居委会}, 101–199 {@link
 * CommitteeKind#VILLAGERS_COMMITTEE 村委会} and 901–999 {@link CommitteeKind#OTHER other}; every other
 * number is {@link CommitteeKind#UNCLASSIFIED}.
 *
 * <p>JSON: an object from range to kind, for example {@code {"001-099":"RESIDENTS_COMMITTEE"}}.
 * Instances are immutable; {@link #with} returns a changed copy.
 *
 * @since 0.1.0
 */
public final class CommitteeKindTable {
  private static final Pattern RANGE_KEY = Pattern.compile("(\\d{3})(?:-(\\d{3}))?");

  private static final CommitteeKindTable EMPTY = new CommitteeKindTable(ImmutableRangeMap.of());

  private static final CommitteeKindTable DEFAULTS =
      EMPTY
          .with(1, 99, CommitteeKind.RESIDENTS_COMMITTEE)
          .with(101, 199, CommitteeKind.VILLAGERS_COMMITTEE)
          .with(901, 999, CommitteeKind.OTHER);

  private final ImmutableRangeMap<Integer, CommitteeKind> ranges;

  private CommitteeKindTable(ImmutableRangeMap<Integer, CommitteeKind> ranges) {
    this.ranges = ranges;
  }

  /**
   * Returns the default table: 001–099 residents' committees, 101–199 villagers' committees,
   * 901–999 other ([S] npbww.com, archives-chronic-populations.md §1.1).
   *
   * @return the default table
   */
  public static CommitteeKindTable defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the table with no ranges, under which every number is {@link
   * CommitteeKind#UNCLASSIFIED}: the start of a table built wholly by the host.
   *
   * @return the empty table
   */
  public static CommitteeKindTable empty() {
    return EMPTY;
  }

  /**
   * Returns a copy in which the numbers {@code first}–{@code last} denote {@code kind}, overriding
   * whatever this table said about them; {@link CommitteeKind#UNCLASSIFIED} removes them.
   *
   * @param first the first committee number of the range, 1–999
   * @param last the last committee number of the range, {@code first}–999
   * @param kind the kind those numbers denote
   * @return the changed table
   * @throws IllegalArgumentException when the range is empty or outside 1–999
   */
  public CommitteeKindTable with(int first, int last, CommitteeKind kind) {
    Objects.requireNonNull(kind, "kind");
    if (first < CommitteeCode.MIN_NUMBER || last > CommitteeCode.MAX_NUMBER || first > last) {
      throw new IllegalArgumentException(
          "range must satisfy 1 <= first <= last <= 999 / 范围须满足 1 <= first <= last <= 999");
    }
    // Ranges are kept closed-open ([first, last + 1)) so that removals leave whole numbers, and
    // adjacent ranges of one kind are merged so that equal tables compare equal.
    RangeMap<Integer, CommitteeKind> changed = TreeRangeMap.create();
    changed.putAll(ranges);
    Range<Integer> range = Range.closedOpen(first, last + 1);
    changed.remove(range);
    if (kind != CommitteeKind.UNCLASSIFIED) {
      changed.put(range, kind);
    }
    RangeMap<Integer, CommitteeKind> merged = TreeRangeMap.create();
    changed.asMapOfRanges().forEach(merged::putCoalescing);
    return new CommitteeKindTable(ImmutableRangeMap.copyOf(merged));
  }

  /**
   * Returns the kind of committee a code denotes under this table.
   *
   * @param committee the committee code
   * @return the kind, {@link CommitteeKind#UNCLASSIFIED} when no range covers its number
   */
  public CommitteeKind kindOf(CommitteeCode committee) {
    Objects.requireNonNull(committee, "committee");
    CommitteeKind kind = ranges.get(committee.committeeNumber());
    return kind == null ? CommitteeKind.UNCLASSIFIED : kind;
  }

  /** The JSON form: keys {@code "001-099"} (or {@code "005"} for one number), in number order. */
  @JsonValue
  private Map<String, CommitteeKind> toJson() {
    Map<String, CommitteeKind> json = new LinkedHashMap<>();
    ranges
        .asMapOfRanges()
        .forEach((range, kind) -> json.put(key(range), kind));
    return json;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static CommitteeKindTable fromJson(Map<String, CommitteeKind> json) {
    CommitteeKindTable table = EMPTY;
    for (Map.Entry<String, CommitteeKind> entry : json.entrySet()) {
      Matcher m = RANGE_KEY.matcher(entry.getKey());
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "range keys must look like 001-099 or 005 / 范围须形如 001-099 或 005");
      }
      int first = Integer.parseInt(m.group(1));
      int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
      table = table.with(first, last, Objects.requireNonNull(entry.getValue(), "kind"));
    }
    return table;
  }

  private static String key(Range<Integer> range) {
    int first = range.lowerEndpoint();
    int last = range.upperEndpoint() - 1;
    return first == last
        ? Digits.pad(first, 3)
        : Digits.pad(first, 3) + "-" + Digits.pad(last, 3);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CommitteeKindTable t && ranges.equals(t.ranges);
  }

  @Override
  public int hashCode() {
    return ranges.hashCode();
  }

  /** Returns the ranges and their kinds, for example {@code {001-099=RESIDENTS_COMMITTEE, …}}. */
  @Override
  public String toString() {
    return "CommitteeKindTable" + toJson();
  }
}
