package cn.gov.wujin.selfcheck.inspection.boundary;

import cn.gov.wujin.selfcheck.hazard.boundary.GeneralHazardForm;
import cn.gov.wujin.selfcheck.inspection.entity.ItemResult;

import java.io.Serializable;

/** One answer as the form holds it: NONE, GENERAL with its hazard data, or MAJOR with the reported hazard. */
public class AnswerInput implements Serializable {

    private final Long itemId;
    private final ItemResult result;
    private final GeneralHazardForm general;
    private final Long majorHazardId;

    private AnswerInput(Long itemId, ItemResult result, GeneralHazardForm general, Long majorHazardId) {
        this.itemId = itemId;
        this.result = result;
        this.general = general;
        this.majorHazardId = majorHazardId;
    }

    public static AnswerInput none(Long itemId) {
        return new AnswerInput(itemId, ItemResult.NONE, null, null);
    }

    public static AnswerInput general(Long itemId, GeneralHazardForm form) {
        return new AnswerInput(itemId, ItemResult.GENERAL, form.copy(), null);
    }

    public static AnswerInput major(Long itemId, Long hazardId) {
        return new AnswerInput(itemId, ItemResult.MAJOR, null, hazardId);
    }

    public Long getItemId() { return itemId; }
    public ItemResult getResult() { return result; }
    public GeneralHazardForm getGeneral() { return general; }
    public Long getMajorHazardId() { return majorHazardId; }
}
