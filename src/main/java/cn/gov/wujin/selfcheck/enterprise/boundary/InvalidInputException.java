package cn.gov.wujin.selfcheck.enterprise.boundary;

import cn.gov.wujin.selfcheck.platform.BusinessException;

import java.util.List;
import java.util.Map;

/** The server-side Bean Validation of a form failed: each field (its last property name) with its message. */
public class InvalidInputException extends BusinessException {

    private final transient List<Map.Entry<String, String>> violations;

    public InvalidInputException(List<Map.Entry<String, String>> violations) {
        super("form.invalid");
        this.violations = List.copyOf(violations);
    }

    public List<Map.Entry<String, String>> violations() {
        return violations;
    }
}
