package org.restride.domain;

public enum DeliveryType implements Keyed {
    VAGINAL, ASSISTED_VAGINAL, CAESAREAN;

    public static DeliveryType fromKey(String key) {
        return Keyed.fromKey(DeliveryType.class, "deliveryType", key);
    }
}
