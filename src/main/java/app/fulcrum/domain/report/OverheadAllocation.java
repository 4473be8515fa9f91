package app.fulcrum.domain.report;

import app.fulcrum.domain.Money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares the business overhead among streams pro rata to their net revenue (SPEC {@code allocated_overhead}).
 * Streams with no positive net revenue get none. Shares are floored to whole minor units and the leftover
 * units go to the largest remainders (ties to the earlier stream), so the shares always add up to the
 * overhead exactly. With no positive net revenue anywhere nothing is allocated.
 */
final class OverheadAllocation {
    private OverheadAllocation() {
    }

    static Map<Long, Money> of(Money overhead, Map<Long, Money> netRevenue) {
        Map<Long, Money> result = new LinkedHashMap<>();
        BigInteger total = BigInteger.ZERO;
        for (Money net : netRevenue.values()) {
            if (net.minor() > 0) {
                total = total.add(BigInteger.valueOf(net.minor()));
            }
        }
        List<long[]> remainders = new ArrayList<>(); // [index, remainder]
        List<Long> ids = new ArrayList<>(netRevenue.keySet());
        long allocated = 0;
        for (int i = 0; i < ids.size(); i++) {
            long net = netRevenue.get(ids.get(i)).minor();
            long share = 0;
            if (net > 0 && total.signum() > 0) {
                BigInteger[] qr = BigInteger.valueOf(overhead.minor()).multiply(BigInteger.valueOf(net)).divideAndRemainder(total);
                share = qr[0].longValueExact();
                remainders.add(new long[]{i, qr[1].abs().longValueExact()});
            }
            allocated += share;
            result.put(ids.get(i), new Money(share, overhead.currency()));
        }
        long left = overhead.minor() - allocated;
        remainders.sort(Comparator.<long[]>comparingLong(r -> -r[1]).thenComparingLong(r -> r[0]));
        for (int k = 0; k < Math.abs(left) && k < remainders.size(); k++) {
            Long id = ids.get((int) remainders.get(k)[0]);
            result.put(id, result.get(id).plus(new Money(Long.signum(left), overhead.currency())));
        }
        return result;
    }
}
