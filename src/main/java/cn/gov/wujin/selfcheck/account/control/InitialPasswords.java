package cn.gov.wujin.selfcheck.account.control;

import java.security.SecureRandom;

/**
 * The password a new or reset account starts with ({@code selfcheck.account.initial-password}):
 * {@code default}, the manual's 123456, or {@code generated}, a random one-time password for each
 * account, shown once to the officer and printed in the 账号开通通知单. Either way the holder must
 * change it at the first login.
 */
public final class InitialPasswords {

    public static final String DEFAULT_MODE = "default";
    public static final String GENERATED_MODE = "generated";

    /** No 0/O, 1/l/I: read off paper by the enterprise. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InitialPasswords() {
    }

    public static boolean generated(String mode) {
        if (GENERATED_MODE.equalsIgnoreCase(mode == null ? "" : mode.strip())) {
            return true;
        }
        if (mode == null || mode.isBlank() || DEFAULT_MODE.equalsIgnoreCase(mode.strip())) {
            return false;
        }
        throw new IllegalArgumentException("selfcheck.account.initial-password must be default or generated, not " + mode);
    }

    /** The initial password of the mode: 123456, or ten random letters and digits with both kinds. */
    public static String next(String mode) {
        if (!generated(mode)) {
            return PasswordPolicy.INITIAL_PASSWORD;
        }
        while (true) {
            StringBuilder password = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String candidate = password.toString();
            if (candidate.chars().anyMatch(Character::isDigit) && candidate.chars().anyMatch(Character::isLetter)) {
                return candidate;
            }
        }
    }
}
