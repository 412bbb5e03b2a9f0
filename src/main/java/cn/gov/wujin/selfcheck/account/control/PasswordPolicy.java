package cn.gov.wujin.selfcheck.account.control;

import java.util.ArrayList;
import java.util.List;

/**
 * What a new password must be: at least 8 characters with letters and digits, not the initial
 * password 123456, not the user name. Returns the message keys of what is wrong.
 */
public final class PasswordPolicy {

    public static final String INITIAL_PASSWORD = "123456";
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    public static List<String> violations(String username, String password) {
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
        return problems;
    }
}
