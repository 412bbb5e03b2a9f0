package cn.gov.wujin.selfcheck.enterprise.control;

import cn.gov.wujin.selfcheck.enterprise.entity.ProfileData;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.List;

public class ConsistentProfileValidator implements ConstraintValidator<ConsistentProfile, ProfileData> {

    @Override
    public boolean isValid(ProfileData data, ConstraintValidatorContext context) {
        if (data == null) {
            return true;
        }
        List<String> missing = ProfileRules.missingFollowUps(data);
        if (missing.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (String field : missing) {
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(field).addConstraintViolation();
        }
        return false;
    }
}
