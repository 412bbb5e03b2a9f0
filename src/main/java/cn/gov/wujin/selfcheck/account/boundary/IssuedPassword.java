package cn.gov.wujin.selfcheck.account.boundary;

import java.io.Serializable;

/**
 * The initial password an account was given (at its opening or a reset), to tell its holder:
 * {@code generated} when it is a one-time password of its own, shown only now.
 */
public record IssuedPassword(Long accountId, String username, String displayName, String password, boolean generated)
        implements Serializable {

    // Getters for the pages: Jakarta EL 5 does not read record components.
    public String getUsername() { return username; }
    public String getPassword() { return password; }
    public boolean isGenerated() { return generated; }
}
