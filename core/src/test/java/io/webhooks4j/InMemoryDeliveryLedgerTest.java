package io.webhooks4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryLedger.Claim;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemoryDeliveryLedgerTest {
    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-27T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MutableClock clock = new MutableClock();
    final InMemoryDeliveryLedger ledger = InMemoryDeliveryLedger.builder()
            .clock(clock)
            .lease(Duration.ofMinutes(5))
            .retention(Duration.ofHours(1))
            .maxEntries(3)
            .build();

    @Test
    void claimThenCompleteMakesLaterClaimsDone() {
        Claim claim = ledger.claim("stripe", "evt_1");
        assertThat(claim.status()).isEqualTo(Claim.Status.CLAIMED);
        assertThat(ledger.claim("stripe", "evt_1").status()).isEqualTo(Claim.Status.IN_FLIGHT);
        ledger.complete(claim);
        assertThat(ledger.claim("stripe", "evt_1").status()).isEqualTo(Claim.Status.DONE);
        assertThat(ledger.claim("github", "evt_1").status()).isEqualTo(Claim.Status.CLAIMED);
    }

    @Test
    void releaseLetsTheRetryClaimAgain() {
        Claim claim = ledger.claim("stripe", "evt_2");
        ledger.release(claim);
        assertThat(ledger.claim("stripe", "evt_2").status()).isEqualTo(Claim.Status.CLAIMED);
    }

    @Test
    void expiredLeaseIsTakenOverAndTheOldHolderCannotCompleteIt() {
        Claim dead = ledger.claim("stripe", "evt_3");
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        Claim takeover = ledger.claim("stripe", "evt_3");
        assertThat(takeover.status()).isEqualTo(Claim.Status.CLAIMED);
        ledger.complete(dead);
        assertThat(ledger.claim("stripe", "evt_3").status()).isEqualTo(Claim.Status.IN_FLIGHT);
        ledger.complete(takeover);
        assertThat(ledger.claim("stripe", "evt_3").status()).isEqualTo(Claim.Status.DONE);
    }

    @Test
    void doneEntriesAreForgottenAfterRetention() {
        ledger.complete(ledger.claim("stripe", "evt_4"));
        clock.now = clock.now.plus(Duration.ofHours(2));
        assertThat(ledger.claim("stripe", "evt_4").status()).isEqualTo(Claim.Status.CLAIMED);
    }

    @Test
    void neverHoldsMoreThanMaxEntries() {
        for (int i = 0; i < 50; i++) {
            ledger.complete(ledger.claim("stripe", "evt_" + i));
        }
        assertThat(ledger.size()).isLessThanOrEqualTo(3);
        assertThat(ledger.claim("stripe", "evt_49").status()).isEqualTo(Claim.Status.DONE);
    }
}
