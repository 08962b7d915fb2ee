package io.webhooks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** TIME and DURATION as the inbox commands take them, and how they show times and text. */
class InboxTimesTest {
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void durationsTakeUnitsCombinationsAndIso8601() {
        assertThat(InboxTimes.duration("--x", "30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(InboxTimes.duration("--x", "2h")).isEqualTo(Duration.ofHours(2));
        assertThat(InboxTimes.duration("--x", "7d")).isEqualTo(Duration.ofDays(7));
        assertThat(InboxTimes.duration("--x", "2w")).isEqualTo(Duration.ofDays(14));
        assertThat(InboxTimes.duration("--x", "1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(InboxTimes.duration("--x", "250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(InboxTimes.duration("--x", " 45S ")).isEqualTo(Duration.ofSeconds(45));
        assertThat(InboxTimes.duration("--x", "PT2H")).isEqualTo(Duration.ofHours(2));
        assertThat(InboxTimes.duration("--x", "0s")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2", "h", "2 h", "-2h", "2y", "PT-1H", "1h-", "99999999999999999999d", "2h30"})
    void anythingElseIsAUsageErrorNamingTheOption(String text) {
        assertThatThrownBy(() -> InboxTimes.duration("--older-than", text))
                .isInstanceOf(Main.UsageException.class)
                .hasMessageStartingWith("--older-than: '" + text + "' is not a duration");
    }

    @Test
    void timesAreInstantsOffsetsDatesOrDurationsAgo() {
        assertThat(InboxTimes.time("--since", "2026-11-30T08:15:00Z", NOW))
                .isEqualTo(Instant.parse("2026-11-30T08:15:00Z"));
        assertThat(InboxTimes.time("--since", "2026-11-30T09:15:00+01:00", NOW))
                .isEqualTo(Instant.parse("2026-11-30T08:15:00Z"));
        assertThat(InboxTimes.time("--since", "2026-11-30", NOW)).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(InboxTimes.time("--since", "2h", NOW)).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(InboxTimes.time("--since", "30m", NOW)).isEqualTo(Instant.parse("2026-12-01T11:30:00Z"));
    }

    @Test
    void aBadTimeSaysWhatIsAccepted() {
        assertThatThrownBy(() -> InboxTimes.time("--since", "last tuesday", NOW))
                .isInstanceOf(Main.UsageException.class)
                .hasMessageContaining("--since: 'last tuesday' is not an ISO-8601 instant")
                .hasMessageContaining("2h");
        assertThatThrownBy(() -> InboxTimes.time("--since", "2026-12-01T10:00", NOW))
                .hasMessageContaining("has no time zone");
        assertThatThrownBy(() -> InboxTimes.time("--since", "999999999999d", NOW))
                .hasMessageContaining("reaches back before any time there is");
    }

    @Test
    void timesShowToTheSecondInUtcAndDurationsForPeople() {
        assertThat(InboxTimes.show(Instant.parse("2026-12-01T10:00:00.987Z"))).isEqualTo("2026-12-01T10:00:00Z");
        assertThat(InboxTimes.show(null)).isEqualTo("-");
        assertThat(InboxTimes.human(Duration.ofSeconds(42))).isEqualTo("42 s");
        assertThat(InboxTimes.human(Duration.ofMinutes(5))).isEqualTo("5 min");
        assertThat(InboxTimes.human(Duration.ofMinutes(200))).isEqualTo("3 h 20 min");
        assertThat(InboxTimes.human(Duration.ofHours(52))).isEqualTo("2 d 4 h");
        assertThat(InboxTimes.human(Duration.ofSeconds(-5))).isEqualTo("0 s");
    }

    @Test
    void textFromASenderCannotReachTheTerminalAsControlCharacters() {
        assertThat(Text.printable("a\u001b[2Jb\r\n")).isEqualTo("a\\u001b[2Jb\\u000d\\u000a");
        assertThat(Text.printableKeepingLines("line 1\n\tline 2\u0007")).isEqualTo("line 1\n\tline 2\\u0007");
        assertThat(Text.oneLine("  first\n  second  ")).isEqualTo("first second");
        assertThat(Text.clip("abcdefghij", 8)).isEqualTo("abcde...");
        assertThat(Text.clip("abc", 8)).isEqualTo("abc");
    }
}
