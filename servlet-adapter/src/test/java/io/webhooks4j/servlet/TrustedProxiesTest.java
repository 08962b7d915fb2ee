package io.webhooks4j.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
    @Test
    void matchesExactIpv4AndIpv6Addresses() {
        TrustedProxies proxies = TrustedProxies.of(List.of("192.0.2.10", "2001:db8::1"));

        assertThat(proxies.contains("192.0.2.10")).isTrue();
        assertThat(proxies.contains("192.0.2.11")).isFalse();
        assertThat(proxies.contains("2001:db8:0:0:0:0:0:1")).isTrue();
        assertThat(proxies.contains("[2001:db8::1]")).isTrue();
        assertThat(proxies.contains("2001:db8::2")).isFalse();
    }

    @Test
    void matchesCidrRangesOnBitBoundaries() {
        TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.0/8", "172.16.0.0/12", "fd00::/8"));

        assertThat(proxies.contains("10.255.1.2")).isTrue();
        assertThat(proxies.contains("11.0.0.1")).isFalse();
        assertThat(proxies.contains("172.31.255.255")).isTrue();
        assertThat(proxies.contains("172.32.0.1")).isFalse();
        assertThat(proxies.contains("fd12:3456::1")).isTrue();
        assertThat(proxies.contains("fe80::1")).isFalse();
    }

    @Test
    void ipv4MappedIpv6AddressesMatchIpv4Entries() {
        TrustedProxies proxies = TrustedProxies.of(List.of("127.0.0.1"));

        assertThat(proxies.contains("::ffff:127.0.0.1")).isTrue();
        assertThat(proxies.contains("[::ffff:127.0.0.1]")).isTrue();
    }

    @Test
    void ipv4EntriesDoNotMatchIpv6AddressesAndViceVersa() {
        assertThat(TrustedProxies.of(List.of("0.0.0.0/0")).contains("::1")).isFalse();
        assertThat(TrustedProxies.of(List.of("::/0")).contains("10.0.0.1")).isFalse();
        assertThat(TrustedProxies.of(List.of("0.0.0.0/0")).contains("10.0.0.1")).isTrue();
    }

    @Test
    void neverMatchesNamesGarbageOrNothing() {
        TrustedProxies proxies = TrustedProxies.of(List.of("0.0.0.0/0", "::/0"));

        assertThat(proxies.contains("localhost")).isFalse();
        assertThat(proxies.contains("unknown")).isFalse();
        assertThat(proxies.contains("_hidden")).isFalse();
        assertThat(proxies.contains("1.2.3")).isFalse();
        assertThat(proxies.contains("1.2.3.256")).isFalse();
        assertThat(proxies.contains("")).isFalse();
        assertThat(proxies.contains(null)).isFalse();
        assertThat(TrustedProxies.none().contains("127.0.0.1")).isFalse();
    }

    @Test
    void refusesHostNamesAndBadPrefixesNamingTheEntry() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrustedProxies.of(List.of("proxy.example.com")))
                .withMessageContaining("proxy.example.com");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/40")))
                .withMessageContaining("10.0.0.0/40");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/x")))
                .withMessageContaining("10.0.0.0/x");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrustedProxies.of(List.of("fd00::/129")))
                .withMessageContaining("fd00::/129");
    }
}
