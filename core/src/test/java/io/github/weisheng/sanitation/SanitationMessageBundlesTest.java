package io.github.weisheng.sanitation;

import io.github.weisheng.testing.BundleChecks;
import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The sanitation bundles: every key has a valid text in both languages, with the same arguments. */
class SanitationMessageBundlesTest {

  static Properties load(String language) throws IOException {
    return BundleChecks.load("sanitation", language);
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndEveryKeyResolves() {
    BundleChecks.assertLanguagesAgree("sanitation");
  }

  @Test
  void everyTextIsAValidPatternWithoutStrayQuotes() {
    BundleChecks.assertValidPatterns("sanitation");
  }
}
