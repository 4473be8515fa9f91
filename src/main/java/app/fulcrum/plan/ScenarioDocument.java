package app.fulcrum.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;

/**
 * The scenario file as written (docs/scenario.md describes every field). Field names are the file's
 * snake_case keys; a missing key is null. {@link ScenarioFile} turns it into the domain's Scenario.
 */
record ScenarioDocument(String name, String currency, Integer runs, Integer months, Long seed,
                        @JsonProperty("owner_weekly_capacity_hours") BigDecimal ownerWeeklyCapacityHours,
                        @JsonProperty("hour_value") BigDecimal hourValue, Start start, List<ChangeEntry> changes) {

    /** {@code from: workspace} (the trailing 12 months) or {@code from: given} with the streams listed. */
    record Start(String from, @JsonProperty("overhead_per_month") BigDecimal overheadPerMonth,
                 @JsonProperty("overhead_owner_hours_per_month") BigDecimal overheadOwnerHoursPerMonth,
                 @JsonProperty("baseline_rate") BigDecimal baselineRate, List<GivenStream> streams) {
    }

    record GivenStream(String name, String kind, @JsonProperty("net_per_unit") BigDecimal netPerUnit,
                       @JsonProperty("units_per_month") JsonNode unitsPerMonth, String noise,
                       @JsonProperty("owner_fixed_hours_per_month") BigDecimal ownerFixedHoursPerMonth,
                       @JsonProperty("owner_hours_per_unit") BigDecimal ownerHoursPerUnit,
                       @JsonProperty("helper_cost_per_month") BigDecimal helperCostPerMonth,
                       @JsonProperty("expenses_per_month") BigDecimal expensesPerMonth, BigDecimal churn) {
    }

    /** Exactly one of the three keys is set. */
    record ChangeEntry(@JsonProperty("raise_price") RaisePrice raisePrice,
                       @JsonProperty("add_stream") AddStream addStream,
                       @JsonProperty("retire_stream") RetireStream retireStream) {
    }

    record RaisePrice(String stream, BigDecimal percent, BigDecimal elasticity,
                      @JsonProperty("from_month") Integer fromMonth) {
    }

    record RetireStream(String stream, @JsonProperty("from_month") Integer fromMonth) {
    }

    record AddStream(String name, String kind, BigDecimal price, @JsonProperty("fee_percent") BigDecimal feePercent,
                     @JsonProperty("creation_hours") JsonNode creationHours,
                     @JsonProperty("start_month") Integer startMonth,
                     @JsonProperty("creation_months") Integer creationMonths,
                     @JsonProperty("units_per_month") JsonNode unitsPerMonth, String noise,
                     @JsonProperty("ramp_up_months") Integer rampUpMonths,
                     @JsonProperty("delivery_hours_per_unit") BigDecimal deliveryHoursPerUnit,
                     @JsonProperty("fixed_hours_per_month") BigDecimal fixedHoursPerMonth,
                     @JsonProperty("ad_spend_per_month") BigDecimal adSpendPerMonth,
                     @JsonProperty("other_costs_per_month") BigDecimal otherCostsPerMonth,
                     BigDecimal churn, @JsonProperty("refund_rate") BigDecimal refundRate) {
    }
}
