package io.github.weisheng.examples.his;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method a {@link HealthSession} parameter: Weisheng acting for the user who sent
 * the request ({@code health.as(principal)}), so no endpoint can forget the access check or the
 * audit.
 */
@Component
class SessionResolver implements HandlerMethodArgumentResolver {
  private final CommunityHealth health;

  SessionResolver(CommunityHealth health) {
    this.health = health;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == HealthSession.class;
  }

  @Override
  public HealthSession resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof StaffUser user)) {
      throw new AuthenticationCredentialsNotFoundException("no staff user");
    }
    return health.as(user.principal());
  }
}
