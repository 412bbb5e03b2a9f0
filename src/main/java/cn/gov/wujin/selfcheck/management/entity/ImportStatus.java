package cn.gov.wujin.selfcheck.management.entity;

/** Where an import stands: 排队中, 导入中, 已中断 (the server stopped under it; 继续导入), 已完成, 失败. */
public enum ImportStatus {
    QUEUED, RUNNING, INTERRUPTED, COMPLETED, FAILED;

    public boolean mayContinue() {
        return this == INTERRUPTED || this == FAILED;
    }
}
