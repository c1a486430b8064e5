package io.github.weisheng.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.weisheng.Fixtures;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.Resident;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MaskingProperties {
  private static final List<Character> MASKS = List.of('*', '#', '●', '×', '?', '_', '~');
  /** The landline shape whose area code is kept: restated here as the documented rule. */
  private static final Pattern LANDLINE = Pattern.compile("0[1-9][0-9]{1,2}-.+", Pattern.DOTALL);
  /** Han characters that end no administrative or below-district suffix. */
  private static final String NAME_CHARACTERS = "朝阳东西南北海淀丰台新华安平和兴隆长青山水金银红光明德";
  /** Common single surnames that begin no default compound surname. */
  private static final List<String> SINGLE_SURNAMES =
      List.of("张", "王", "李", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马", "朱");

  private static final Gen<String> TEXT =
      strings()
          .allPossible()
          .ofLengthBetween(0, 30)
          .mix(strings().numeric(), 30)
          .mix(strings().basicLatinAlphabet().ofLengthBetween(0, 25), 20)
          .mix(strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(0, 25), 20);

  /** Digit strings, landline-shaped or not. */
  private static final Gen<String> PHONES =
      strings()
          .betweenCodePoints('0', '9')
          .ofLengthBetween(0, 15)
          .mix(
              integers()
                  .between(1, 999)
                  .zip(strings().betweenCodePoints('0', '9').ofLengthBetween(1, 12),
                      (area, local) -> "0" + area + "-" + local),
              40)
          .mix(TEXT, 30);

  private static final Gen<Character> MASK = arbitrary().pick(MASKS);

  /** Any valid ID-number configuration. */
  private static final Gen<Masking> ID_MASKINGS =
      integers()
          .between(0, 17)
          .zip(integers().between(0, 17), MASK,
              (head, tail, mask) ->
                  Masking.defaults().withMaskCharacter(mask).withCitizenIdKept(head, Math.min(tail, 17 - head)));

  /** Any valid phone configuration. */
  private static final Gen<Masking> PHONE_MASKINGS =
      integers()
          .between(0, 10)
          .zip(integers().between(0, 10), MASK, booleans().all(),
              (head, tail, mask, landline) ->
                  Masking.defaults()
                      .withMaskCharacter(mask)
                      .withPhoneKept(head, Math.min(tail, 10 - head))
                      .withLandlineAreaCodeKept(landline));

  private static final Gen<String> HAN_NAMES =
      strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(1, 3);

  // ---- ID numbers and phones: length, count and position of revealed characters ---------------

  @Test
  void idNumberTextKeepsItsLengthAndRevealsOnlyTheHeadAndTail() {
    qt().forAll(ID_MASKINGS, TEXT)
        .checkAssert((m, text) -> assertHeadAndTailOnly(
            text, m.citizenId(text), m.maskCharacter(), m.citizenIdHead(), m.citizenIdTail()));
  }

  @Test
  void validIdNumbersAreMaskedInTheirEighteenCharacterForm() {
    Gen<CitizenId> ids =
        arbitrary()
            .pick(List.of("110105", "310101", "440103", "650102", "810000", "830000"))
            .zip(longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2025, 12, 31).toEpochDay()),
                integers().between(0, 999),
                (address, day, sequence) -> CitizenId.of(address, LocalDate.ofEpochDay(day), sequence))
            .mix(
                longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(1999, 12, 31).toEpochDay())
                    .map(day -> CitizenId.of("110105", LocalDate.ofEpochDay(day), 123).value())
                    .map(v -> CitizenId.parse(v.substring(0, 6) + v.substring(8, 17))),
                20);
    qt().forAll(ID_MASKINGS, ids)
        .checkAssert((m, id) -> {
          String value = id.toEighteen().value();
          String masked = m.citizenId(id);
          assertThat(masked).hasSize(18)
              .startsWith(value.substring(0, m.citizenIdHead()))
              .endsWith(value.substring(18 - m.citizenIdTail()));
          assertThat(masked.substring(m.citizenIdHead(), 18 - m.citizenIdTail()))
              .matches("[" + Pattern.quote(String.valueOf(m.maskCharacter())) + "]+");
          assertHeadAndTailOnly(value, masked, m.maskCharacter(), m.citizenIdHead(), m.citizenIdTail());
        });
  }

  @Test
  void phonesKeepTheirLengthAndRevealOnlyTheHeadAndTailOrTheAreaCode() {
    qt().forAll(PHONE_MASKINGS, PHONES)
        .checkAssert((m, phone) -> {
          String masked = m.phone(phone);
          if (m.landlineAreaCodeKept() && LANDLINE.matcher(phone).matches()) {
            int areaCode = phone.indexOf('-') + 1;
            assertThat(masked).startsWith(phone.substring(0, areaCode));
            assertHeadAndTailOnly(
                phone.substring(areaCode), masked.substring(areaCode), m.maskCharacter(), 0, m.phoneTail());
          } else {
            assertHeadAndTailOnly(phone, masked, m.maskCharacter(), m.phoneHead(), m.phoneTail());
          }
        });
  }

  @Test
  void maskingAMaskedIdNumberOrPhoneChangesNothing() {
    qt().forAll(ID_MASKINGS, PHONE_MASKINGS, PHONES)
        .checkAssert((ids, phones, text) -> {
          assertThat(ids.citizenId(ids.citizenId(text))).isEqualTo(ids.citizenId(text));
          assertThat(phones.phone(phones.phone(text))).isEqualTo(phones.phone(text));
        });
  }

  // ---- names -----------------------------------------------------------------------------------

  @Test
  void namesStartWithTheirCompoundSurnameAndTheRestIsMasked() {
    List<String> compounds = List.copyOf(Masking.defaults().compoundSurnames());
    qt().forAll(arbitrary().pick(compounds), HAN_NAMES, MASK)
        .checkAssert((surname, given, mask) -> {
          Masking m = Masking.defaults().withMaskCharacter(mask);
          String masked = m.name(surname + given);
          assertThat(masked).isEqualTo(surname + String.valueOf(mask).repeat(given.length()));
        });
  }

  @Test
  void namesStartWithTheirSingleSurnameAndTheRestIsMasked() {
    qt().forAll(arbitrary().pick(SINGLE_SURNAMES), HAN_NAMES, MASK)
        .checkAssert((surname, given, mask) -> {
          Masking m = Masking.defaults().withMaskCharacter(mask);
          assertThat(m.name(surname + given))
              .isEqualTo(surname + String.valueOf(mask).repeat(given.length()));
          assertThat(m.name(surname)).isEqualTo(String.valueOf(mask));
        });
  }

  @Test
  void hostSurnameListsAreRecognisedLongestFirst() {
    Gen<Set<String>> lists =
        lists().of(strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(2, 4))
            .ofSizeBetween(0, 6)
            .map(l -> (Set<String>) new HashSet<>(l));
    qt().forAll(lists, strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(1, 6))
        .checkAssert((surnames, name) -> {
          Masking m = Masking.defaults().withCompoundSurnames(surnames);
          int kept = surnames.stream()
              .filter(s -> name.startsWith(s) && s.length() < name.length())
              .mapToInt(String::length)
              .max()
              .orElse(name.length() == 1 ? 0 : 1);
          assertThat(m.name(name))
              .isEqualTo(name.substring(0, kept) + "*".repeat(name.length() - kept));
        });
  }

  @Test
  void middleDotNamesKeepTheirFirstCharacterAndSeparators() {
    Gen<String> parts = strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(1, 5);
    qt().forAll(lists().of(parts).ofSizeBetween(2, 4), arbitrary().pick(List.of("·", "•", "‧", "・")))
        .checkAssert((words, separator) -> {
          String name = String.join(separator, words);
          String expected = name.charAt(0)
              + words.stream().map(w -> "*".repeat(w.length())).collect(Collectors.joining(separator))
                  .substring(1);
          assertThat(Masking.defaults().name(name)).isEqualTo(expected);
        });
  }

  @Test
  void anyNameKeepsItsLengthRevealsItsFirstCharactersOnlyAndMasksIdempotently() {
    qt().forAll(TEXT, MASK)
        .checkAssert((name, mask) -> {
          Masking m = Masking.defaults().withMaskCharacter(mask);
          String masked = m.name(name);
          int[] in = name.codePoints().toArray();
          int[] out = masked.codePoints().toArray();
          assertThat(out).hasSameSizeAs(in);
          for (int i = 0; i < in.length; i++) {
            assertThat(out[i] == mask || out[i] == in[i]).as("position %s", i).isTrue();
          }
          assertThat(m.name(masked)).isEqualTo(masked);
        });
  }

  // ---- addresses -------------------------------------------------------------------------------

  @Test
  void addressesKeepTheirAdministrativeUnitsAndMaskTheRest() {
    Gen<String> names =
        strings()
            .betweenCodePoints(0, NAME_CHARACTERS.length() - 1)
            .ofLengthBetween(1, 6)
            .map(s -> s.codePoints()
                .mapToObj(i -> String.valueOf(NAME_CHARACTERS.charAt(i)))
                .collect(Collectors.joining()));
    Gen<String> provinces =
        names.zip(arbitrary().pick(List.of("", "省", "自治区")), (n, s) -> s.isEmpty() ? "" : n + s);
    Gen<String> prefectures =
        names.zip(arbitrary().pick(List.of("", "市", "自治州", "地区", "盟")), (n, s) -> s.isEmpty() ? "" : n + s);
    Gen<String> districts = names.zip(arbitrary().pick(List.of("区", "县", "旗", "自治县")), (n, s) -> n + s);
    qt().forAll(provinces, prefectures, districts, TEXT)
        .checkAssert((province, prefecture, district, rest) -> {
          String kept = province + prefecture + district;
          assertThat(Masking.defaults().address(kept + rest)).isEqualTo(kept + "****");
        });
  }

  @Test
  void anyAddressRevealsAtMostAPrefixOfHanUnitsEndingAtADistrict() {
    Gen<String> addresses =
        TEXT.mix(
            strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(0, 40)
                .zip(arbitrary().pick(List.of("区", "县", "旗", "市", "省", "路")), TEXT, (a, b, c) -> a + b + c),
            50);
    qt().forAll(addresses, MASK, booleans().all())
        .checkAssert((address, mask, cities) -> {
          Masking m = Masking.defaults().withMaskCharacter(mask);
          if (cities) {
            m = m.withDistrictSuffixes(Set.of("区", "县", "旗", "市"));
          }
          String masked = m.address(address);
          String fourMasks = String.valueOf(mask).repeat(4);
          if (address.isEmpty()) {
            assertThat(masked).isEmpty();
            return;
          }
          assertThat(masked).endsWith(fourMasks);
          String kept = masked.substring(0, masked.length() - 4);
          assertThat(address).startsWith(kept);
          assertThat(kept.codePointCount(0, kept.length())).isLessThanOrEqualTo(3 * Masking.MAX_UNIT_LENGTH);
          assertThat(kept.codePoints())
              .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
          if (!kept.isEmpty()) {
            assertThat(m.districtSuffixes()).anyMatch(kept::endsWith);
          }
          assertThat(m.address(masked)).isEqualTo(masked);
        });
  }

  // ---- residents -------------------------------------------------------------------------------

  @Test
  void maskedResidentsRoundTripThroughJsonAndRevealOnlyTheBirthYear() {
    JsonCodec json = JsonCodec.create();
    qt().forAll(integers().between(0, 365 * 120), integers().between(0, 999), ID_MASKINGS, booleans().all())
        .checkAssert((days, sequence, m, phone) -> {
          LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(days);
          Resident r = Fixtures.resident(Fixtures.COMMITTEE_1, birth, sequence);
          if (!phone) {
            r = r.withPhone(Optional.empty());
          }
          MaskedResident masked = m.resident(r);
          assertThat(masked.birthYear()).isEqualTo(birth.getYear());
          assertThat(masked.citizenId()).contains(m.citizenId(r.citizenId().orElseThrow()));
          assertThat(masked.phone()).isEqualTo(r.phone().map(m::phone));
          assertThat(masked.name()).isEqualTo(m.name(r.name()));
          assertThat(masked.address()).isEqualTo(m.address(r.address()));
          assertThat(json.read(json.write(masked), MaskedResident.class)).isEqualTo(masked);
        });
  }

  /**
   * Same length in code points; each output character is the mask or the input's character at
   * that position; only the first {@code head} and last {@code tail} positions may be revealed, and
   * nothing is revealed when the text is not longer than {@code head + tail}.
   */
  private static void assertHeadAndTailOnly(String text, String masked, char mask, int head, int tail) {
    int[] in = text.codePoints().toArray();
    int[] out = masked.codePoints().toArray();
    assertThat(out).hasSameSizeAs(in);
    int revealed = 0;
    for (int i = 0; i < in.length; i++) {
      boolean shown = out[i] != mask;
      assertThat(!shown || out[i] == in[i]).as("position %s holds its own character", i).isTrue();
      if (shown) {
        revealed++;
        assertThat(i < head || i >= in.length - tail).as("position %s may be shown", i).isTrue();
        assertThat(in.length).as("a text of head + tail characters is masked completely")
            .isGreaterThan(head + tail);
      }
    }
    assertThat(revealed).isLessThanOrEqualTo(head + tail);
  }
}
