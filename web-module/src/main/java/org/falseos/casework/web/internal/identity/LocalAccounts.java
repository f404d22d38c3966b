package org.falseos.casework.web.internal.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Local accounts as Spring Security reads them for a password check (see {@link ThrottledPasswordSignIn}). */
class LocalAccounts implements UserDetailsService, UserDetailsPasswordService {

	private final Accounts accounts;

	LocalAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.find(username).map(LocalAccount::new).orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	// Re-encodes a hash with the current default algorithm after a successful sign-in.
	@Override
	public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
		accounts.changePasswordHash(user.getUsername(), newPasswordHash);
		return loadUserByUsername(user.getUsername());
	}
}
