package io.github.weisheng.chronic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.validation.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IcdCodeTest {
  private static IcdCode code(String text) {
    return IcdCode.parse(text);
  }

  @Test
  void aCategoryAndItsSubdivisionAreReadApart() {
    IcdCode e119 = code("E11.9");
    assertThat(e119.value()).isEqualTo("E11.9");
    assertThat(e119.category()).isEqualTo(code("E11"));
    assertThat(e119.subdivision()).contains("9");
    assertThat(e119.isCategory()).isFalse();

    IcdCode i10 = code("I10");
    assertThat(i10.isCategory()).isTrue();
    assertThat(i10.subdivision()).isEmpty();
    assertThat(i10.category()).isSameAs(i10);

    // a national clinical edition's longer subdivision (GB/T 14396 style): the WHO category stays readable
    IcdCode national = code("E11.900");
    assertThat(national.category()).isEqualTo(code("E11"));
    assertThat(national.subdivision()).contains("900");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "I", "I1", "i10", "I100", "110", "II0", "I10.", "I10.12345", " I10", "I10 ", "I10.x", "E11.9+",
      "E11,9", "I10-I15", "I10.0.1", "Ｉ10", "I١٠"})
  void anythingButALetterTwoDigitsAndAnOptionalSubdivisionIsRefused(String text) {
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class, () -> IcdCode.parse(text));
    assertThat(e).isNotNull();
    assertThat(e.violations()).singleElement().hasToString("icdCode [icdCode.format]");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("ICD-10 code").doesNotContain("icdCode.format");
    assertThat(e.getMessage(Locale.CHINESE)).contains("ICD-10 编码");
  }

  @ParameterizedTest(name = "{0} within I10-I15: {1}")
  @CsvSource({
      "I09, false", "I09.9, false", "I10, true", "I10.0, true", "I11.9, true", "I13.2, true", "I15, true",
      "I15.9, true", "I16, false", "I16.0, false", "I00, false", "J10, false", "H10, false"})
  void theHypertensionBlockEndsAtItsCategories(String text, boolean within) {
    assertThat(code(text).isWithin(code("I10"), code("I15"))).isEqualTo(within);
  }

  @ParameterizedTest(name = "{0} within E11: {1}")
  @CsvSource({"E10, false", "E10.9, false", "E11, true", "E11.0, true", "E11.9, true", "E11.900, true",
      "E12, false", "E12.0, false", "E14, false"})
  void aOneCategoryRangeHoldsTheCategoryAndItsSubdivisionsOnly(String text, boolean within) {
    assertThat(code(text).isWithin(code("E11"), code("E11"))).isEqualTo(within);
  }

  @ParameterizedTest(name = "{0} within I69.0-I69.4: {1}")
  @CsvSource({"I68, false", "I69, false", "I69.0, true", "I69.3, true", "I69.4, true", "I69.45, true",
      "I69.5, false", "I69.8, false", "I70, false"})
  void aRangeOfSubdivisionsDoesNotHoldTheWholeCategory(String text, boolean within) {
    // I69 also holds I69.8, which is outside the range
    assertThat(code(text).isWithin(code("I69.0"), code("I69.4"))).isEqualTo(within);
  }

  @Test
  void aRangeEndingInTheLargestSubdivisionOfACategoryHoldsTheWholeCategory() {
    assertThat(code("I15").isWithin(code("I10"), code("I15.9"))).isTrue();
    assertThat(code("I15").isWithin(code("I10"), code("I15.8"))).isFalse();
    assertThat(code("I15.8").isWithin(code("I10"), code("I15.8"))).isTrue();
    assertThat(code("I15.9").isWithin(code("I10"), code("I15.8"))).isFalse();
  }

  @Test
  void aRangeMustNotBeBackwards() {
    assertThatIllegalArgumentException().isThrownBy(() -> code("I10").isWithin(code("I15"), code("I10")));
    assertThatIllegalArgumentException().isThrownBy(() -> code("I69.3").isWithin(code("I69.4"), code("I69.0")));
    // a subdivision up to the end of its own category is a valid range
    assertThat(code("I69.8").isWithin(code("I69.0"), code("I69"))).isTrue();
  }

  @Test
  void codesOrderByCategoryThenSubdivisionWithTheCategoryFirst() {
    List<IcdCode> sorted = new ArrayList<>(List.of(
        code("I11"), code("I10.9"), code("E11.9"), code("I10"), code("I10.0"), code("E11.10"), code("C97")));
    Collections.shuffle(sorted, new java.util.Random(7));
    Collections.sort(sorted);
    assertThat(sorted).extracting(IcdCode::value)
        .containsExactly("C97", "E11.10", "E11.9", "I10", "I10.0", "I10.9", "I11");
  }

  @Test
  void equalityJsonAndNulls() {
    new EqualsTester()
        .addEqualityGroup(code("I10"), code("I10"))
        .addEqualityGroup(code("I10.0"))
        .addEqualityGroup(code("E11.9"))
        .testEquals();
    JsonCodec json = JsonCodec.create();
    assertThat(new String(json.write(code("E11.9")), StandardCharsets.UTF_8)).isEqualTo("\"E11.9\"");
    assertThat(json.read("\"I15.0\"".getBytes(StandardCharsets.UTF_8), IcdCode.class)).isEqualTo(code("I15.0"));
    assertThat(code("I64")).hasToString("I64");
    NullPointerTester nulls = new NullPointerTester().setDefault(IcdCode.class, code("I10"));
    nulls.testAllPublicStaticMethods(IcdCode.class);
    nulls.testAllPublicInstanceMethods(code("I10.0"));
  }
}
