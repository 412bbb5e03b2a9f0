package cn.gov.wujin.selfcheck.account.control;

import com.nulabinc.zxcvbn.Zxcvbn;

import java.util.ArrayList;
import java.util.List;

/**
 * What a new password must be: at least 8 characters with letters and digits, not the initial
 * password 123456, not the user name, and not easy to guess. Returns the message keys of what is wrong.
 * <p>
 * "Easy to guess" is zxcvbn's estimate (Dropbox's estimator, ported by Nulab): it finds common
 * passwords and words (password1, abc12345), keyboard runs (qwer1234, 1qaz2wsx), sequences, repeats
 * and dates, and scores a password 0 to 4 by the guesses they leave. A score below
 * {@link #DEFAULT_MIN_STRENGTH} (fewer than about a million guesses) is refused. Score 3 would also
 * refuse every 8-character random password, which the length rule accepts; a deployment may ask for it
 * ({@code selfcheck.password.min-strength}).
 */
public final class PasswordPolicy {

    public static final String INITIAL_PASSWORD = "123456";
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;
    public static final int DEFAULT_MIN_STRENGTH = 2;

    /** Thread-safe; loading its dictionaries takes a moment, so once. */
    private static final class Estimator {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }

    private PasswordPolicy() {
    }

    public static List<String> violations(String username, String password) {
        return violations(username, password, DEFAULT_MIN_STRENGTH);
    }

    public static List<String> violations(String username, String password, int minStrength) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("password.policy.required");
            return problems;
        }
        if (password.length() < MIN_LENGTH) {
            problems.add("password.policy.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("password.policy.tooLong");
        }
        boolean letter = password.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
        boolean digit = password.chars().anyMatch(c -> c >= '0' && c <= '9');
        if (!letter || !digit) {
            problems.add("password.policy.lettersAndDigits");
        }
        if (password.contains(INITIAL_PASSWORD)) {
            problems.add("password.policy.initial");
        }
        if (username != null && !username.isBlank() && password.equalsIgnoreCase(username.strip())) {
            problems.add("password.policy.username");
        }
        if (problems.isEmpty() && strength(username, password) < minStrength) {
            problems.add("password.policy.guessable");
        }
        return problems;
    }

    /** zxcvbn's score 0 (too guessable) to 4 (very unguessable), with the user name as a word to avoid. */
    public static int strength(String username, String password) {
        List<String> userWords = username == null || username.isBlank() ? List.of() : List.of(username.strip());
        return Estimator.ZXCVBN.measure(password, userWords).getScore();
    }
}
