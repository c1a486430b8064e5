package io.github.weisheng.examples.his;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The host's own authentication: HTTP Basic against the staff accounts in {@code his.users}, no
 * server-side session. Every {@code /api/**} request must be authenticated; what an authenticated
 * user may do is not decided here but by Weisheng's access policy, on the principal {@link
 * SessionResolver} builds from the account's roles and scopes.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/api/**").authenticated()
            .requestMatchers("/error").permitAll() // so that an unexpected failure is a 500, not a 403
            .anyRequest().denyAll())
        .httpBasic(Customizer.withDefaults())
        .csrf(csrf -> csrf.disable()) // a stateless API authenticated on every request: no cookie to forge
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  /** @return the delegating encoder: passwords in config say their scheme, {@code {bcrypt}} or {@code {noop}} */
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService users(HisProperties properties) {
    Map<String, StaffUser> byName = new HashMap<>();
    for (HisProperties.StaffAccount account : properties.users()) {
      StaffUser user = StaffUser.of(account);
      if (byName.putIfAbsent(user.getUsername(), user) != null) {
        throw new IllegalStateException("his.users names the user '" + user.getUsername() + "' twice");
      }
    }
    return username -> {
      StaffUser user = byName.get(username);
      if (user == null) {
        throw new UsernameNotFoundException("unknown user");
      }
      return user.copy(); // Spring Security erases the password of the object it authenticated
    };
  }
}
