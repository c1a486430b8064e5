package io.github.weisheng.store.jdbc;

import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.RecordStoreProvider;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Provides the embedded default store, {@link JdbcRecordStore#openH2File(Path)}, under the id
 * {@code h2-file}. Setting: {@code directory}, the folder of {@code weisheng.mv.db} (created when
 * missing). Needs H2 on the class or module path.
 *
 * @since 0.1.0
 */
public final class H2FileRecordStoreProvider implements RecordStoreProvider {

  /** The provider id. */
  public static final String ID = "h2-file";

  /** Creates the factory; does nothing else. */
  public H2FileRecordStoreProvider() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RecordStore open(Map<String, String> settings) {
    Objects.requireNonNull(settings, "settings");
    String directory = settings.get("directory");
    if (directory == null || directory.isBlank()) {
      throw new IllegalArgumentException("the h2-file store needs the setting 'directory' / h2-file 存储须设置 directory");
    }
    return JdbcRecordStore.openH2File(Path.of(directory));
  }
}
