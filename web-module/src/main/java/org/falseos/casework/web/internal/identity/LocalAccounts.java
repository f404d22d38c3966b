package org.falseos.casework.web.internal.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Signs local accounts in. Defined as a bean explicitly: Boot's own user-details configuration backs off as soon
 * as Keycloak's issuer is configured. A throttled name is reported locked before its password is even checked.
 */
class LocalAccounts implements UserDetailsService, UserDetailsPasswordService {

	private final Accounts accounts;

	private final LoginThrottle throttle;

	LocalAccounts(Accounts accounts, LoginThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.find(username)
			.map(account -> new LocalAccount(account, throttle.isLocked(username)))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	// Re-encodes a hash with the current default algorithm after a successful sign-in.
	@Override
	public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
		accounts.changePasswordHash(user.getUsername(), newPasswordHash);
		return loadUserByUsername(user.getUsername());
	}
}
