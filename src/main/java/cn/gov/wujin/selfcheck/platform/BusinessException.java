package cn.gov.wujin.selfcheck.platform;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * The root of the business exceptions: carries a resource bundle key and its arguments, so that it
 * reaches the user as a clear Chinese message. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
