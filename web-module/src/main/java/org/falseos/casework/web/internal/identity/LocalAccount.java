package org.falseos.casework.web.internal.identity;

import java.util.Collection;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a local-account sign-in; kept in the session, without its password hash once signed in. */
final class LocalAccount implements UserDetails, CredentialsContainer {

	private final CurrentUser user;

	private final boolean enabled;

	private String passwordHash;

	LocalAccount(Account account) {
		this.user = new CurrentUser(account.username(), account.displayName(), account.roles(), account.teams(),
				account.supervisedTeams());
		this.enabled = account.enabled();
		this.passwordHash = account.passwordHash();
	}

	CurrentUser user() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "LocalAccount[" + user.username() + "]";
	}

	// Sessions and the security context compare principals by name.
	@Override
	public boolean equals(Object other) {
		return other instanceof LocalAccount account && account.getUsername().equals(getUsername());
	}

	@Override
	public int hashCode() {
		return getUsername().hashCode();
	}
}
