package io.github.weisheng.examples.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.examples.plugins.access.HostAccessPolicyProvider;
import io.github.weisheng.examples.plugins.csv.CsvRendererProvider;
import io.github.weisheng.spi.access.AccessPolicyProvider;
import io.github.weisheng.spi.report.ReportRendererProvider;
import io.github.weisheng.spi.tck.ServiceDeclarations;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The module declares its two providers alike in module-info (module path) and META-INF/services (class path). */
class PluginDeclarationsTest {

  @Test
  void bothProvidersAreDeclaredAlikeForBothPaths() {
    assertThat(ServiceDeclarations.assertAgree(Path.of("src/main"))).isEqualTo(Map.of(
        ReportRendererProvider.class.getName(), Set.of(CsvRendererProvider.class.getName()),
        AccessPolicyProvider.class.getName(), Set.of(HostAccessPolicyProvider.class.getName())));
  }
}
