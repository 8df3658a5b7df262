package vn.covid.briefing.indicators;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import vn.covid.briefing.metric.Metric;

/** How the fact tables are read: metric columns in storage order, NULL as "not reported", bounded by district and days. */
public final class FactRows {

    /**
     * One district and a range of days: the primary key's prefix, which H2 and PostgreSQL both seek. (An
     * IN list of districts with a date range makes H2 read each district's whole history.)
     */
    public static final String ONE_DISTRICT_DAYS = "district_code = ? AND report_date BETWEEN ? AND ?";

    private FactRows() {
    }

    /** The metric columns of a row, from {@code firstColumn} on, in storage order. */
    public static Long[] metrics(ResultSet rs, int firstColumn) throws SQLException {
        Long[] values = new Long[Metric.ALL.size()];
        for (int m = 0; m < values.length; m++) {
            values[m] = nullable(rs, firstColumn + m);
        }
        return values;
    }

    public static Long nullable(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** The arguments of "district_code IN (…) AND report_date BETWEEN ? AND ?". */
    public static List<Object> districtsAndDays(Collection<String> districts, LocalDate from, LocalDate to) {
        List<Object> args = new ArrayList<>(districts);
        args.add(Date.valueOf(from));
        args.add(Date.valueOf(to));
        return args;
    }

    public static String placeholders(Collection<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }
}
