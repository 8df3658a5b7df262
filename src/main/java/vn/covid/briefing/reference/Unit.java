package vn.covid.briefing.reference;

import java.util.Optional;

/** An administrative unit: the country, a province, a district (huyện/thị xã/thành phố) or a commune. */
public record Unit(String code, String name, Level level, Optional<String> parentCode) {

    public enum Level {
        COUNTRY, PROVINCE, DISTRICT, COMMUNE
    }
}
