package org.falseos.casework.web.internal.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in of local accounts, the same for the sign-in form and HTTP Basic on the API: the throttle is
 * asked first, and a paused name or source is refused before the name is even looked up, so a refusal takes the
 * same short time and gives the same answer for a name that exists and one that does not.
 */
class ThrottledPasswordSignIn implements AuthenticationProvider {

	/** Why a throttled attempt was refused; the form and the API show it instead of "wrong password". */
	static final String PAUSED = "Too many failed sign-ins: sign-in for this name from your address is paused";

	private final SignInThrottle throttle;

	private final DaoAuthenticationProvider passwords;

	ThrottledPasswordSignIn(LocalAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle) {
		this.throttle = throttle;
		this.passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(encoder);
		passwords.setUserDetailsPasswordService(accounts);
		// A disabled account is told apart only after its password: otherwise its refusal, quicker than a
		// password check, would show that the name exists.
		passwords.setPreAuthenticationChecks(user -> {
		});
		passwords.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("Account disabled");
			}
		});
		passwords.afterPropertiesSet();
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String source = SignInSource.of(authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null);
		var attempt = throttle.begin(authentication.getName(), source);
		if (!attempt.allowed()) {
			// Spring Security's event for this exception is how the sign-in audit learns of the refusal.
			throw new LockedException(PAUSED);
		}
		Authentication result = passwords.authenticate(authentication);
		throttle.succeeded(attempt);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
