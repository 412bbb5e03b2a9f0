package cn.gov.wujin.selfcheck.hazard.entity;

import cn.gov.wujin.selfcheck.platform.BusinessException;

/** A step the hazard's life cycle does not allow in its current status; the message names that status. */
public class HazardTransitionException extends BusinessException {

    private final HazardStatus status;

    public HazardTransitionException(String messageKey, HazardStatus status) {
        super(messageKey, status.name());
        this.status = status;
    }

    public HazardStatus status() {
        return status;
    }
}
