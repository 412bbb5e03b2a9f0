package cn.gov.wujin.selfcheck.platform.security;

import cn.gov.wujin.selfcheck.platform.BusinessException;

/** A caller reached for data outside its scope. Shown as a plain refusal, never with details. */
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
