package io.github.weisheng.education;

import io.github.weisheng.testing.BundleChecks;
import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The education bundles: every key has a valid text in both languages, with the same arguments. */
class EducationMessageBundlesTest {

  static Properties load(String language) throws IOException {
    return BundleChecks.load("education", language);
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndEveryKeyResolves() {
    BundleChecks.assertLanguagesAgree("education");
  }

  @Test
  void everyTextIsAValidPatternWithoutStrayQuotes() {
    BundleChecks.assertValidPatterns("education");
  }
}
