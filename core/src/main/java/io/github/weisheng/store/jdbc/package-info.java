/**
 * The JDBC record store (JDBC 记录存储): {@link io.github.weisheng.store.jdbc.JdbcRecordStore}, a
 * {@link io.github.weisheng.spi.storage.RecordStore} over any {@link javax.sql.DataSource} on H2 2.x
 * (the embedded default, file mode) or PostgreSQL (production), with its versioned DDL
 * ({@link io.github.weisheng.store.jdbc.JdbcDialect#schemaScripts()}).
 *
 * @since 0.1.0
 */
@NullMarked
@WeishengStyle
package io.github.weisheng.store.jdbc;

import io.github.weisheng.internal.WeishengStyle;
import org.jspecify.annotations.NullMarked;
