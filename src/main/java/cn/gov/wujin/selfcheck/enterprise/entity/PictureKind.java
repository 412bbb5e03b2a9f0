package cn.gov.wujin.selfcheck.enterprise.entity;

/** 图片类型 of a 单位图片. */
public enum PictureKind {
    PANORAMA, GATE, WORKSHOP, WAREHOUSE, CHEMICAL_STORE, FIRE_FACILITIES, WARNING_SIGNS, EMERGENCY_FACILITIES, OTHER
}
