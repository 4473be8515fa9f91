package app.fulcrum.domain.ladder;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One month of one-on-one capacity: delivery hours, weekly capacity hours, and their ratio (null with a reason). */
public record MonthUtilization(YearMonth month, BigDecimal deliveryHours, BigDecimal capacityHoursPerWeek,
                               BigDecimal utilization, String reason) {
}
