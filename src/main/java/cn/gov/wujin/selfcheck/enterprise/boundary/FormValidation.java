package cn.gov.wujin.selfcheck.enterprise.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs Bean Validation on a whole form (class-level constraints included) and throws on failure. */
public final class FormValidation {

    private FormValidation() {
    }

    public static void check(Validator validator, Object form) {
        Set<ConstraintViolation<Object>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> Map.entry(leaf(v.getPropertyPath()), v.getMessage()))
                    .sorted(Map.Entry.comparingByKey())
                    .toList());
        }
    }

    private static String leaf(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }

    static List<String> fields(InvalidInputException e) {
        return e.violations().stream().map(Map.Entry::getKey).toList();
    }
}
