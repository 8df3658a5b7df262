package vn.covid.briefing.briefing.compose;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Numbers and dates the way Vietnamese bulletins write them: "1.241.994", "99,75%", "06/9",
 * "ngày 13 tháng 9 năm 2021". Locale-independent on purpose, so the same data gives the same bytes
 * on any machine.
 */
public final class VietnameseFormat {

    private VietnameseFormat() {
    }

    /** "1.241.994"; null (not reported) as an en dash. */
    public static String number(Long value) {
        if (value == null) {
            return "–";
        }
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return (value < 0 ? "-" : "") + out;
    }

    /** "+12" / "-5" / "0": a change against the previous week. */
    public static String signed(Long value) {
        return value == null ? "–" : value > 0 ? "+" + number(value) : number(value);
    }

    /** "99,75" with the given decimals, half-up, thousands grouped; null as an en dash. */
    public static String decimal(Double value, int decimals) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "–";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        String plain = rounded.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
        String sign = rounded.signum() < 0 ? "-" : "";
        return sign + number(Long.parseLong(whole)) + fraction;
    }

    /** "99,75%". */
    public static String percent(Double value, int decimals) {
        return value == null ? "–" : decimal(value, decimals) + "%";
    }

    /** "06/9", "10/01": day padded below 10, months 1–2 padded, as NĐ 30/2020 writes dates ("từ ngày 06/9 đến ngày 13/9/2021"). */
    public static String dayMonth(LocalDate date) {
        int m = date.getMonthValue();
        return String.format("%02d/%s", date.getDayOfMonth(), m <= 2 ? "0" + m : Integer.toString(m));
    }

    /** "13/9/2021". */
    public static String dayMonthYear(LocalDate date) {
        return dayMonth(date) + "/" + date.getYear();
    }

    /** "ngày 13 tháng 9 năm 2021", day padded below 10 and months 1–2 padded (HD 36 / NĐ 30). */
    public static String longDate(LocalDate date) {
        int m = date.getMonthValue();
        return String.format("ngày %02d tháng %s năm %d", date.getDayOfMonth(), m <= 2 ? "0" + m : Integer.toString(m),
                date.getYear());
    }
}
