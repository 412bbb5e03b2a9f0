package cn.gov.wujin.selfcheck.platform.files;

/**
 * A component's boundary that keeps uploads and knows which of them its records refer to; the
 * {@link UploadSweep} asks each to delete the old files nothing refers to.
 */
public interface UnreferencedFiles {

    /** Deletes the unreferenced files older than the configured age; returns how many. Idempotent. */
    int sweepUnreferenced();
}
