package cn.gov.wujin.selfcheck.platform.security;

/**
 * Who is calling: the logged-in user, its role and its scope. Web beans of every component inject
 * this and hand {@link #scope()} to the boundaries; the account component provides it (one per
 * session), so that no component needs to know how accounts are stored. Pages read it in EL as
 * {@code #{currentUser}}.
 */
public interface Caller {

    boolean isLoggedIn();

    /** The caller's scope; fails if nobody is logged in (protected pages never get here without one). */
    CallerScope scope();

    /** The name shown in the top bar. */
    String getDisplayName();

    /** The town or department an officer answers for; null for the whole district or an enterprise. */
    String getScopeName();

    Role getRole();

    boolean isEnterprise();

    boolean isOfficer();

    boolean isAdmin();
}
