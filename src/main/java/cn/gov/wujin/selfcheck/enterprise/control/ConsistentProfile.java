package cn.gov.wujin.selfcheck.enterprise.control;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Class-level: every 是 of the profile has its follow-up fields filled in (each reported on its field). */
@Documented
@Constraint(validatedBy = ConsistentProfileValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentProfile {
    String message() default "{profile.followUp.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
