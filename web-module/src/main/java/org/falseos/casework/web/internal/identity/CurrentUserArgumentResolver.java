package org.falseos.casework.web.internal.identity;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets a controller method take a {@link CurrentUser} parameter. Routes that need one are for signed-in people
 * only; should an anonymous request reach one anyway, Spring Security answers it as unauthenticated.
 */
@Component
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

	private final CurrentUsers users;

	CurrentUserArgumentResolver(CurrentUsers users) {
		this.users = users;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == CurrentUser.class;
	}

	@Override
	public CurrentUser resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binders) {
		return users.current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
	}
}
