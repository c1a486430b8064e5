package io.github.weisheng.store.jdbc;

import io.github.weisheng.spi.storage.StoreException;
import java.nio.file.Path;

/**
 * Run in a child JVM whose class path lacks H2: the JDBC store's classes load and work, and
 * {@link JdbcRecordStore#openH2File} fails with a clear {@link StoreException}.
 */
public final class WithoutH2Child {
  private WithoutH2Child() {}

  public static void main(String[] args) {
    try {
      Class.forName("org.h2.Driver");
      System.out.println("h2 present");
    } catch (ClassNotFoundException expected) {
      System.out.println("h2 absent");
    }
    System.out.println("postgresql scripts " + JdbcDialect.postgresql().schemaScripts().size());
    try {
      JdbcRecordStore.openH2File(Path.of(args[0]));
      System.out.println("opened");
    } catch (StoreException e) {
      System.out.println("refused: " + e.getMessage());
    }
  }
}
