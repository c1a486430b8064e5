package io.github.weisheng.examples.his;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * A small hospital-information-system (HIS) back end that embeds Weisheng: PostgreSQL through
 * Weisheng's JDBC record store, the host's own login mapped to Weisheng principals, and REST
 * endpoints for archives, follow-ups, worklists, immunization forecasts and the work summary.
 */
@SpringBootApplication
@EnableConfigurationProperties(HisProperties.class)
public class HisApplication {
  /**
   * Starts the application.
   *
   * @param args Spring Boot's command line
   */
  public static void main(String[] args) {
    SpringApplication.run(HisApplication.class, args);
  }
}
