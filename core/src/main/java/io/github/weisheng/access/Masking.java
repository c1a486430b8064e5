package io.github.weisheng.access;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableSortedSet;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.Resident;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Masking (脱敏) of personal identifiers for roles that may see only aggregates or de-identified
 * rows: statisticians (统计员) and supervising authorities (上级主管部门), see {@link StaffRole}.
 *
 * <p>No national masking rule was found, so every mask is data with a documented default that a
 * host overrides with the {@code with…} methods (immutability: each returns a changed copy). Source:
 * shared/domain/immunization-sanitation-education-standards-privacy.md §6 "Masking conventions"
 * [S: MASK] (ruoyi-tdesign data-masking guide, sharecase DesensitizeUtil).
 *
 * <table>
 *   <caption>The default masks ({@link #defaults()})</caption>
 *   <tr><th>identifier</th><th>default</th><th>example</th></tr>
 *   <tr><td>citizen ID number (身份证号)</td><td>first 6 + last 4 ([S]: 3+4, 4+4 and 2+2 are also
 *       seen)</td><td>{@code 11010519491231002X} → {@code 110105********002X}</td></tr>
 *   <tr><td>phone (电话)</td><td>first 3 + last 4 ([S], consistent across sources); a landline
 *       written with its area code and a hyphen keeps the area code and the last 4 ([U], Weisheng's
 *       own)</td><td>{@code 13800138000} → {@code 138****8000}; {@code 010-65001234} →
 *       {@code 010-****1234}</td></tr>
 *   <tr><td>name (姓名)</td><td>surname + one mask per other character ([S]); two-character
 *       surnames from a list ([U])</td><td>{@code 张三} → {@code 张*}, {@code 欧阳修} → {@code 欧阳*}</td></tr>
 *   <tr><td>address (现住址)</td><td>to district / county level ([S]) + a fixed {@code ****}</td>
 *       <td>{@code 北京市朝阳区某街道1号楼101} → {@code 北京市朝阳区****}</td></tr>
 * </table>
 *
 * <p><b>Guarantees.</b> Masking never throws on odd (non-null) text and never reveals more than
 * configured: empty text gives empty text; the ID-number and phone masks keep the text's length
 * and reveal at most {@code head + tail} characters of it, each at its own position, and a text of
 * {@code head + tail} characters or fewer is masked completely (a mask that reveals everything is
 * no mask); only the landline rule reveals more, namely the area code and its hyphen. Lengths are
 * counted in code points (characters as a reader sees them). Masking a masked value gives the same
 * value again.
 *
 * <p><b>Names</b> ({@link #name(String)}): a one-character name becomes a single mask character.
 * A name that begins with one of the {@linkplain #compoundSurnames() compound surnames} and is
 * longer than it keeps that surname ({@code 欧阳修} → {@code 欧阳*}); a name that <em>is</em> a
 * compound surname ({@code 欧阳}, which may be surname 欧 + given name 阳) keeps only its first
 * character. Any other name keeps its first character. A name written with a middle-dot separator
 * ({@code ·} U+00B7, {@code •} U+2022, {@code ‧} U+2027, {@code ・} U+30FB), as the names of many
 * non-Han residents are ({@code 阿卜杜拉·买买提}), keeps its first character and its separators and
 * masks every other character: {@code 阿***·***}. The default compound surnames are the
 * two-character surnames of the 百家姓 ([U]: a traditional list, not a standard; the reference
 * gives no list).
 *
 * <p><b>Addresses</b> ({@link #address(String)}): the kept prefix is a run of administrative units
 * written together in Han characters, each of 2–{@value #MAX_UNIT_LENGTH} characters and ending
 * with its level's suffix ([U], Weisheng's reading of GB/T 2260 unit names): an optional province
 * (省, 自治区, 特别行政区), an optional prefecture (市, 自治州, 地区, 盟), then a county-level unit
 * ending with one of the {@linkplain #districtSuffixes() district suffixes} (default 区, 县, 旗;
 * 自治县 and 自治旗 end with them). The units are taken shortest first and must come in that order;
 * the longest matching suffix names a unit's level, so the 区 of 自治区, 地区 or 小区 never ends the
 * prefix. A unit that ends with one of the {@linkplain #belowDistrictSuffixes() below-district
 * suffixes} (街道, 镇, 村, 社区, 小区, 路, 号, … [U]) stops the reading: an address that starts
 * below the district ({@code 建国路街道阳光小区3号楼}) is masked completely instead of leaking a
 * street or compound name. Everything after the county-level unit becomes a fixed {@code ****}
 * (four mask characters), so the masked text does not reveal the address's length. When there is
 * no such prefix the result is {@code ****} alone. Masking errs towards hiding more: a county-level
 * city (县级市: {@code 江苏省苏州市昆山市…}) and a unit whose name holds a below-district suffix
 * ({@code 景德镇市}) give {@code ****} under the defaults. A host that adds 市 to the district
 * suffixes gets {@code 江苏省苏州市昆山市****} (市 is then read as a prefecture when a county-level
 * unit follows, else as the county level).
 *
 * <p>JSON form: an object of the configuration ({@code maskCharacter}, {@code citizenIdHead},
 * {@code citizenIdTail}, {@code phoneHead}, {@code phoneTail}, {@code landlineAreaCodeKept},
 * {@code compoundSurnames}, {@code districtSuffixes}, {@code belowDistrictSuffixes}); a property
 * left out takes its default.
 *
 * @since 0.1.0
 */
public final class Masking {
  /**
   * The longest administrative unit name accepted in an address prefix, suffix included: 15
   * characters, the length of the longest county names such as 双江拉祜族佤族布朗族傣族自治县 [U].
   */
  public static final int MAX_UNIT_LENGTH = 15;

  /** The number of mask characters that replace the part of an address below the district. */
  private static final int ADDRESS_MASK_LENGTH = 4;

  private static final int CITIZEN_ID_LENGTH = 18;
  private static final int MOBILE_LENGTH = 11;

  /** Middle-dot separators in the names of non-Han residents. */
  private static final String NAME_SEPARATORS = "\u00B7\u2022\u2027\u30FB";

  /** A landline written with its area code: 0 + 2 or 3 digits, a hyphen, the local part. */
  private static final Pattern LANDLINE = Pattern.compile("(0[1-9][0-9]{1,2}-)(.+)", Pattern.DOTALL);

  private static final List<String> PROVINCE_SUFFIXES = List.of("省", "自治区", "特别行政区");
  private static final List<String> PREFECTURE_SUFFIXES = List.of("市", "自治州", "地区", "盟");

  /** The two-character surnames of the 百家姓 [U]. */
  private static final ImmutableSortedSet<String> DEFAULT_COMPOUND_SURNAMES =
      ImmutableSortedSet.of(
          "万俟", "司马", "上官", "欧阳", "夏侯", "诸葛", "闻人", "东方", "赫连", "皇甫", "尉迟", "公羊",
          "澹台", "公冶", "宗政", "濮阳", "淳于", "单于", "太叔", "申屠", "公孙", "仲孙", "轩辕", "令狐",
          "钟离", "宇文", "长孙", "慕容", "鲜于", "闾丘", "司徒", "司空", "亓官", "司寇", "仉督", "子车",
          "颛孙", "端木", "巫马", "公西", "漆雕", "乐正", "壤驷", "公良", "拓跋", "夹谷", "宰父", "谷梁",
          "段干", "百里", "东郭", "南门", "呼延", "羊舌", "微生", "梁丘", "左丘", "东门", "西门", "南宫",
          "第五", "独孤");

  private static final ImmutableSortedSet<String> DEFAULT_DISTRICT_SUFFIXES =
      ImmutableSortedSet.of("区", "县", "旗");

  /** Words that end places below the county level: townships, villages, streets, compounds [U]. */
  private static final ImmutableSortedSet<String> DEFAULT_BELOW_DISTRICT_SUFFIXES =
      ImmutableSortedSet.of(
          "街道", "镇", "苏木", "村", "嘎查", "社区", "小区", "路", "街", "巷", "弄", "胡同", "号", "组",
          "园区", "校区", "景区", "厂区", "院区", "片区", "街区", "营区");

  private static final Masking DEFAULTS =
      new Masking(
          '*', 6, 4, 3, 4, true, DEFAULT_COMPOUND_SURNAMES, DEFAULT_DISTRICT_SUFFIXES,
          DEFAULT_BELOW_DISTRICT_SUFFIXES);

  private final char maskCharacter;
  private final int citizenIdHead;
  private final int citizenIdTail;
  private final int phoneHead;
  private final int phoneTail;
  private final boolean landlineAreaCodeKept;
  private final ImmutableSortedSet<String> compoundSurnames;
  private final ImmutableSortedSet<String> districtSuffixes;
  private final ImmutableSortedSet<String> belowDistrictSuffixes;
  /** The compound surnames, longest first, for the longest match. */
  private final List<String> surnamesLongestFirst;
  /** Every address suffix, longest first, for the longest match. */
  private final List<String> addressSuffixesLongestFirst;

  private Masking(
      char maskCharacter,
      int citizenIdHead,
      int citizenIdTail,
      int phoneHead,
      int phoneTail,
      boolean landlineAreaCodeKept,
      ImmutableSortedSet<String> compoundSurnames,
      ImmutableSortedSet<String> districtSuffixes,
      ImmutableSortedSet<String> belowDistrictSuffixes) {
    this.maskCharacter = maskCharacter;
    this.citizenIdHead = citizenIdHead;
    this.citizenIdTail = citizenIdTail;
    this.phoneHead = phoneHead;
    this.phoneTail = phoneTail;
    this.landlineAreaCodeKept = landlineAreaCodeKept;
    this.compoundSurnames = compoundSurnames;
    this.districtSuffixes = districtSuffixes;
    this.belowDistrictSuffixes = belowDistrictSuffixes;
    Comparator<String> longestFirst =
        Comparator.comparingInt((String s) -> s.codePointCount(0, s.length())).reversed();
    this.surnamesLongestFirst = compoundSurnames.stream().sorted(longestFirst).toList();
    this.addressSuffixesLongestFirst =
        Stream.of(PROVINCE_SUFFIXES, PREFECTURE_SUFFIXES, districtSuffixes, belowDistrictSuffixes)
            .flatMap(Collection::stream)
            .distinct()
            .sorted(longestFirst)
            .toList();
  }

  /**
   * Returns the default masks: mask character {@code *}, ID number 6+4, phone 3+4 with landline
   * area codes kept, the 百家姓 compound surnames, district suffixes 区, 县, 旗, and the
   * below-district suffixes listed at {@link #belowDistrictSuffixes()} (see the class description).
   *
   * @return the defaults
   */
  public static Masking defaults() {
    return DEFAULTS;
  }

  /** @return the character that replaces hidden characters; default {@code *} */
  @JsonProperty("maskCharacter")
  public char maskCharacter() {
    return maskCharacter;
  }

  /** @return how many leading characters of an ID number stay visible; default 6 */
  @JsonProperty("citizenIdHead")
  public int citizenIdHead() {
    return citizenIdHead;
  }

  /** @return how many trailing characters of an ID number stay visible; default 4 */
  @JsonProperty("citizenIdTail")
  public int citizenIdTail() {
    return citizenIdTail;
  }

  /** @return how many leading characters of a phone stay visible; default 3 */
  @JsonProperty("phoneHead")
  public int phoneHead() {
    return phoneHead;
  }

  /** @return how many trailing characters of a phone stay visible; default 4 */
  @JsonProperty("phoneTail")
  public int phoneTail() {
    return phoneTail;
  }

  /**
   * @return true when a landline written as {@code 0AA(A)-local} keeps its area code and hyphen
   *     (and the last {@link #phoneTail()} characters); default true
   */
  @JsonProperty("landlineAreaCodeKept")
  public boolean landlineAreaCodeKept() {
    return landlineAreaCodeKept;
  }

  /** @return the compound (multi-character) surnames a masked name keeps whole; sorted */
  @JsonProperty("compoundSurnames")
  public Set<String> compoundSurnames() {
    return compoundSurnames;
  }

  /** @return the suffixes of county-level units that end the kept part of an address; sorted */
  @JsonProperty("districtSuffixes")
  public Set<String> districtSuffixes() {
    return districtSuffixes;
  }

  /**
   * Returns the suffixes of places below the county level that stop the reading of an address, so
   * that an address starting below the district is masked completely. Default ([U], Weisheng's
   * own): 街道, 镇, 苏木, 村, 嘎查, 社区, 小区, 路, 街, 巷, 弄, 胡同, 号, 组, 园区, 校区, 景区, 厂区, 院区,
   * 片区, 街区, 营区. A suffix that is also a {@linkplain #districtSuffixes() district suffix} is read
   * as a district suffix.
   *
   * @return the suffixes; sorted
   */
  @JsonProperty("belowDistrictSuffixes")
  public Set<String> belowDistrictSuffixes() {
    return belowDistrictSuffixes;
  }

  /**
   * Returns these masks with another mask character.
   *
   * @param maskCharacter a visible symbol: not a letter, digit, whitespace, control character,
   *     surrogate or name separator
   * @return the changed copy
   * @throws IllegalArgumentException when the character is not allowed
   */
  public Masking withMaskCharacter(char maskCharacter) {
    return new Masking(
        checkMaskCharacter(maskCharacter), citizenIdHead, citizenIdTail, phoneHead, phoneTail,
        landlineAreaCodeKept, compoundSurnames, districtSuffixes, belowDistrictSuffixes);
  }

  /**
   * Returns these masks keeping another number of leading and trailing characters of ID numbers
   * ([S]: 6+4, 3+4, 4+4 and 2+2 are seen).
   *
   * @param head leading characters kept, at least 0
   * @param tail trailing characters kept, at least 0
   * @return the changed copy
   * @throws IllegalArgumentException when a count is negative or {@code head + tail > 17} (an
   *     18-character number must keep at least one character hidden)
   */
  public Masking withCitizenIdKept(int head, int tail) {
    checkKept(head, tail, CITIZEN_ID_LENGTH, "citizenId");
    return new Masking(
        maskCharacter, head, tail, phoneHead, phoneTail, landlineAreaCodeKept, compoundSurnames,
        districtSuffixes, belowDistrictSuffixes);
  }

  /**
   * Returns these masks keeping another number of leading and trailing characters of phones.
   *
   * @param head leading characters kept, at least 0
   * @param tail trailing characters kept (also of landlines), at least 0
   * @return the changed copy
   * @throws IllegalArgumentException when a count is negative or {@code head + tail > 10} (an
   *     11-digit mobile number must keep at least one digit hidden)
   */
  public Masking withPhoneKept(int head, int tail) {
    checkKept(head, tail, MOBILE_LENGTH, "phone");
    return new Masking(
        maskCharacter, citizenIdHead, citizenIdTail, head, tail, landlineAreaCodeKept,
        compoundSurnames, districtSuffixes, belowDistrictSuffixes);
  }

  /**
   * Returns these masks with landline area codes kept or masked like any other phone characters.
   *
   * @param kept true to keep the area code and hyphen of {@code 0AA(A)-local}
   * @return the changed copy
   */
  public Masking withLandlineAreaCodeKept(boolean kept) {
    return new Masking(
        maskCharacter, citizenIdHead, citizenIdTail, phoneHead, phoneTail, kept, compoundSurnames,
        districtSuffixes, belowDistrictSuffixes);
  }

  /**
   * Returns these masks with another list of compound surnames (an empty set: every name keeps
   * only its first character).
   *
   * @param compoundSurnames surnames of at least two characters, letters only
   * @return the changed copy
   * @throws IllegalArgumentException when a surname is shorter than two characters or holds a
   *     character that is not a letter
   */
  public Masking withCompoundSurnames(Set<String> compoundSurnames) {
    return new Masking(
        maskCharacter, citizenIdHead, citizenIdTail, phoneHead, phoneTail, landlineAreaCodeKept,
        checkCompoundSurnames(compoundSurnames), districtSuffixes, belowDistrictSuffixes);
  }

  /**
   * Returns these masks with other suffixes of county-level units (an empty set: every address is
   * masked completely).
   *
   * @param districtSuffixes non-empty suffixes of Han characters, for example 区, 县, 旗, 市
   * @return the changed copy
   * @throws IllegalArgumentException when a suffix is empty or holds a non-Han character
   */
  public Masking withDistrictSuffixes(Set<String> districtSuffixes) {
    return new Masking(
        maskCharacter, citizenIdHead, citizenIdTail, phoneHead, phoneTail, landlineAreaCodeKept,
        compoundSurnames, checkSuffixes(districtSuffixes, "districtSuffixes"), belowDistrictSuffixes);
  }

  /**
   * Returns these masks with other below-district suffixes (see {@link #belowDistrictSuffixes()}).
   *
   * @param belowDistrictSuffixes non-empty suffixes of Han characters
   * @return the changed copy
   * @throws IllegalArgumentException when a suffix is empty or holds a non-Han character
   */
  public Masking withBelowDistrictSuffixes(Set<String> belowDistrictSuffixes) {
    return new Masking(
        maskCharacter, citizenIdHead, citizenIdTail, phoneHead, phoneTail, landlineAreaCodeKept,
        compoundSurnames, districtSuffixes,
        checkSuffixes(belowDistrictSuffixes, "belowDistrictSuffixes"));
  }

  /**
   * Masks a citizen ID number in its 18-character form (a legacy 15-digit number is converted
   * first): {@code 110105********002X} under the defaults.
   *
   * @param citizenId the number
   * @return 18 characters, all but the configured head and tail masked
   */
  public String citizenId(CitizenId citizenId) {
    Objects.requireNonNull(citizenId, "citizenId");
    return citizenId(citizenId.toEighteen().value());
  }

  /**
   * Masks text that should be a citizen ID number but need not be valid (for example a legacy
   * record): the text as given, of any length, keeping the configured head and tail.
   *
   * @param text the text
   * @return the masked text, as long as {@code text}; empty for empty text
   */
  public String citizenId(String text) {
    Objects.requireNonNull(text, "text");
    return keep(text.codePoints().toArray(), 0, citizenIdHead, citizenIdTail);
  }

  /**
   * Masks a phone: {@code 138****8000}; a landline with area code and hyphen keeps the area code
   * when {@link #landlineAreaCodeKept()}: {@code 010-****1234}. Any other text (spaces, a country
   * code, an extension) is masked as it stands, keeping the head and the tail.
   *
   * @param phone the phone
   * @return the masked phone, as long as {@code phone}; empty for empty text
   */
  public String phone(String phone) {
    Objects.requireNonNull(phone, "phone");
    int[] codePoints = phone.codePoints().toArray();
    if (landlineAreaCodeKept) {
      Matcher landline = LANDLINE.matcher(phone);
      if (landline.matches()) {
        int areaCode = landline.group(1).length(); // ASCII: chars are code points
        return keep(codePoints, areaCode, 0, phoneTail);
      }
    }
    return keep(codePoints, 0, phoneHead, phoneTail);
  }

  /**
   * Masks a name: the surname (a compound one recognised from {@link #compoundSurnames()}) and one
   * mask character for each other character; middle-dot names keep their first character and
   * separators (see the class description): {@code 张*}, {@code 欧阳*}, {@code 阿***·***}.
   *
   * @param name the name
   * @return the masked name, as long as {@code name}; empty for empty text
   */
  public String name(String name) {
    Objects.requireNonNull(name, "name");
    int[] codePoints = name.codePoints().toArray();
    int length = codePoints.length;
    if (length == 0) {
      return "";
    }
    StringBuilder masked = new StringBuilder(name.length());
    if (Arrays.stream(codePoints).anyMatch(Masking::isNameSeparator)) {
      masked.appendCodePoint(codePoints[0]);
      for (int i = 1; i < length; i++) {
        masked.appendCodePoint(isNameSeparator(codePoints[i]) ? codePoints[i] : maskCharacter);
      }
      return masked.toString();
    }
    int surname = length == 1 ? 0 : 1;
    for (String compound : surnamesLongestFirst) {
      int compoundLength = compound.codePointCount(0, compound.length());
      if (compoundLength < length && name.startsWith(compound)) {
        surname = compoundLength;
        break;
      }
    }
    masked.append(name, 0, name.offsetByCodePoints(0, surname));
    repeatMask(masked, length - surname);
    return masked.toString();
  }

  /**
   * Masks an address below the district / county level: {@code 北京市朝阳区****}; {@code ****}
   * when the address does not begin with its administrative units (see the class description).
   *
   * @param address the address
   * @return the kept prefix + four mask characters; empty for empty text
   */
  public String address(String address) {
    Objects.requireNonNull(address, "address");
    if (address.isEmpty()) {
      return "";
    }
    int[] codePoints = address.codePoints().toArray();
    int kept = unitsFrom(codePoints, 0, Level.PROVINCE);
    StringBuilder masked = new StringBuilder();
    if (kept > 0) {
      masked.append(address, 0, address.offsetByCodePoints(0, kept));
    }
    repeatMask(masked, ADDRESS_MASK_LENGTH);
    return masked.toString();
  }

  /**
   * Masks a resident for a role that may see de-identified rows only: name, ID number, phone and
   * address masked, the birth date cut to its year, the ethnicity and residency left out.
   *
   * @param resident the resident
   * @return the masked row
   */
  public MaskedResident resident(Resident resident) {
    Objects.requireNonNull(resident, "resident");
    return MaskedResident.builder()
        .id(resident.id())
        .name(name(resident.name()))
        .sex(resident.sex())
        .birthYear(resident.birthDate().getYear())
        .citizenId(resident.citizenId().map(this::citizenId))
        .phone(resident.phone().map(this::phone))
        .address(address(resident.address()))
        .committee(resident.committee())
        .build();
  }

  /**
   * Compares the configuration.
   *
   * @param o the other object
   * @return true for masks that give the same results
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Masking m
        && maskCharacter == m.maskCharacter
        && citizenIdHead == m.citizenIdHead
        && citizenIdTail == m.citizenIdTail
        && phoneHead == m.phoneHead
        && phoneTail == m.phoneTail
        && landlineAreaCodeKept == m.landlineAreaCodeKept
        && compoundSurnames.equals(m.compoundSurnames)
        && districtSuffixes.equals(m.districtSuffixes)
        && belowDistrictSuffixes.equals(m.belowDistrictSuffixes);
  }

  /** Returns the hash of the configuration. */
  @Override
  public int hashCode() {
    return Objects.hash(
        maskCharacter, citizenIdHead, citizenIdTail, phoneHead, phoneTail, landlineAreaCodeKept,
        compoundSurnames, districtSuffixes, belowDistrictSuffixes);
  }

  /** Returns the configuration in brief, without the surname and suffix lists. */
  @Override
  public String toString() {
    return "Masking[mask=" + maskCharacter + ", citizenId=" + citizenIdHead + "+" + citizenIdTail
        + ", phone=" + phoneHead + "+" + phoneTail + (landlineAreaCodeKept ? ", landline area code" : "")
        + ", " + compoundSurnames.size() + " compound surnames, district suffixes "
        + districtSuffixes + "]";
  }

  @JsonCreator
  private static Masking fromJson(
      @JsonProperty("maskCharacter") @Nullable Character maskCharacter,
      @JsonProperty("citizenIdHead") @Nullable Integer citizenIdHead,
      @JsonProperty("citizenIdTail") @Nullable Integer citizenIdTail,
      @JsonProperty("phoneHead") @Nullable Integer phoneHead,
      @JsonProperty("phoneTail") @Nullable Integer phoneTail,
      @JsonProperty("landlineAreaCodeKept") @Nullable Boolean landlineAreaCodeKept,
      @JsonProperty("compoundSurnames") @Nullable Set<String> compoundSurnames,
      @JsonProperty("districtSuffixes") @Nullable Set<String> districtSuffixes,
      @JsonProperty("belowDistrictSuffixes") @Nullable Set<String> belowDistrictSuffixes) {
    Masking m = DEFAULTS;
    if (maskCharacter != null) {
      m = m.withMaskCharacter(maskCharacter);
    }
    m = m.withCitizenIdKept(
        citizenIdHead == null ? m.citizenIdHead : citizenIdHead,
        citizenIdTail == null ? m.citizenIdTail : citizenIdTail);
    m = m.withPhoneKept(
        phoneHead == null ? m.phoneHead : phoneHead, phoneTail == null ? m.phoneTail : phoneTail);
    if (landlineAreaCodeKept != null) {
      m = m.withLandlineAreaCodeKept(landlineAreaCodeKept);
    }
    if (compoundSurnames != null) {
      m = m.withCompoundSurnames(compoundSurnames);
    }
    if (districtSuffixes != null) {
      m = m.withDistrictSuffixes(districtSuffixes);
    }
    if (belowDistrictSuffixes != null) {
      m = m.withBelowDistrictSuffixes(belowDistrictSuffixes);
    }
    return m;
  }

  /** The administrative levels of an address prefix, in the order they are written. */
  private enum Level {
    PROVINCE,
    PREFECTURE,
    DISTRICT,
    BELOW_DISTRICT
  }

  /**
   * Returns the number of code points of the address prefix that ends with a county-level unit,
   * reading units from {@code from} at {@code minLevel} or below, or -1 when there is none.
   */
  private int unitsFrom(int[] address, int from, Level minLevel) {
    int limit = Math.min(address.length, from + MAX_UNIT_LENGTH);
    for (int end = from + 1; end <= limit; end++) {
      if (Character.UnicodeScript.of(address[end - 1]) != Character.UnicodeScript.HAN) {
        return -1;
      }
      if (end - from < 2) {
        continue;
      }
      Set<Level> levels = levelsOfUnit(new String(address, from, end - from));
      if (levels.isEmpty()) {
        continue;
      }
      // The shortest unit decides; an ambiguous suffix is read as the higher level first.
      for (Level level : levels) {
        if (level == Level.BELOW_DISTRICT || level.compareTo(minLevel) < 0) {
          continue;
        }
        if (level == Level.DISTRICT) {
          return end;
        }
        int kept = unitsFrom(address, end, Level.values()[level.ordinal() + 1]);
        if (kept >= 0) {
          return kept;
        }
      }
      return -1;
    }
    return -1;
  }

  /** The levels of the longest suffix that ends the unit and is shorter than it. */
  private Set<Level> levelsOfUnit(String unit) {
    int unitLength = unit.codePointCount(0, unit.length());
    for (String suffix : addressSuffixesLongestFirst) {
      if (suffix.codePointCount(0, suffix.length()) < unitLength && unit.endsWith(suffix)) {
        Set<Level> levels = EnumSet.noneOf(Level.class);
        if (PROVINCE_SUFFIXES.contains(suffix)) {
          levels.add(Level.PROVINCE);
        }
        if (PREFECTURE_SUFFIXES.contains(suffix)) {
          levels.add(Level.PREFECTURE);
        }
        if (districtSuffixes.contains(suffix)) {
          levels.add(Level.DISTRICT);
        }
        if (belowDistrictSuffixes.contains(suffix)) {
          levels.add(Level.BELOW_DISTRICT);
        }
        return levels;
      }
    }
    return Set.of();
  }

  /**
   * Keeps {@code codePoints[0, prefix)}, then of the rest the first {@code head} and last
   * {@code tail} code points, masking all of the rest when it is not longer than head + tail.
   */
  private String keep(int[] codePoints, int prefix, int head, int tail) {
    int length = codePoints.length - prefix;
    StringBuilder masked = new StringBuilder(codePoints.length);
    masked.append(new String(codePoints, 0, prefix));
    if (length <= head + tail) {
      repeatMask(masked, length);
      return masked.toString();
    }
    masked.append(new String(codePoints, prefix, head));
    repeatMask(masked, length - head - tail);
    masked.append(new String(codePoints, codePoints.length - tail, tail));
    return masked.toString();
  }

  private void repeatMask(StringBuilder to, int count) {
    for (int i = 0; i < count; i++) {
      to.append(maskCharacter);
    }
  }

  private static boolean isNameSeparator(int codePoint) {
    return NAME_SEPARATORS.indexOf(codePoint) >= 0;
  }

  /** Characters that separate the parts of a phone number; as a mask they would be ambiguous. */
  private static final String PHONE_SEPARATORS = "+-()";

  private static char checkMaskCharacter(char c) {
    if (Character.isLetterOrDigit(c)
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.isISOControl(c)
        || Character.isSurrogate(c)
        || !Character.isDefined(c)
        || isNameSeparator(c)
        || PHONE_SEPARATORS.indexOf(c) >= 0) {
      throw new IllegalArgumentException(
          "the mask character must be a visible symbol, not a letter, digit, space, name separator"
              + " or phone separator (+ - ( )) / 掩码字符须为可见符号，不能是字母、数字、空白、姓名分隔符或电话分隔符");
    }
    return c;
  }

  private static void checkKept(int head, int tail, int length, String what) {
    if (head < 0 || tail < 0 || head + tail > length - 1) {
      throw new IllegalArgumentException(
          what + ": head and tail must be >= 0 and head + tail <= " + (length - 1) + " / " + what
              + "：保留的首尾位数须 >= 0 且合计 <= " + (length - 1));
    }
  }

  private static ImmutableSortedSet<String> checkCompoundSurnames(Set<String> surnames) {
    Objects.requireNonNull(surnames, "compoundSurnames");
    for (String surname : surnames) {
      Objects.requireNonNull(surname, "compoundSurnames element");
      if (surname.codePointCount(0, surname.length()) < 2
          || !surname.codePoints().allMatch(Character::isLetter)) {
        throw new IllegalArgumentException(
            "a compound surname has at least two characters, letters only"
                + " / 复姓须至少两个字符且只含文字");
      }
    }
    return ImmutableSortedSet.copyOf(surnames);
  }

  private static ImmutableSortedSet<String> checkSuffixes(Set<String> suffixes, String what) {
    Objects.requireNonNull(suffixes, what);
    for (String suffix : suffixes) {
      Objects.requireNonNull(suffix, what + " element");
      if (suffix.isEmpty()
          || !suffix.codePoints()
              .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        throw new IllegalArgumentException(
            what + ": a suffix is one or more Han characters / " + what + "：后缀须为一个或多个汉字");
      }
    }
    return ImmutableSortedSet.copyOf(suffixes);
  }
}
