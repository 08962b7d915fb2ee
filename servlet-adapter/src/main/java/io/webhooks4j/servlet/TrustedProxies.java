package io.webhooks4j.servlet;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A set of proxy addresses: exact IPs ({@code 10.0.0.7}, {@code ::1}) and CIDR ranges ({@code 10.0.0.0/8},
 * {@code fd00::/8}). Only IP literals: a host name is refused, so matching never waits on DNS. An IPv4 address
 * written as IPv4-mapped IPv6 ({@code ::ffff:10.0.0.7}) matches the IPv4 entries.
 */
final class TrustedProxies {
    private static final TrustedProxies NONE = new TrustedProxies(List.of(), List.of());

    private record Range(byte[] network, int prefixBits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int fullBytes = prefixBits / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }

    private final List<String> specs;
    private final List<Range> ranges;

    private TrustedProxies(List<String> specs, List<Range> ranges) {
        this.specs = specs;
        this.ranges = ranges;
    }

    static TrustedProxies none() {
        return NONE;
    }

    /**
     * Parses {@code specs}.
     *
     * @throws IllegalArgumentException naming the entry that is neither an IP literal nor a CIDR range
     */
    static TrustedProxies of(List<String> specs) {
        if (specs.isEmpty()) {
            return NONE;
        }
        List<Range> ranges = new ArrayList<>(specs.size());
        for (String spec : specs) {
            ranges.add(parse(spec));
        }
        return new TrustedProxies(List.copyOf(specs), List.copyOf(ranges));
    }

    private static Range parse(String spec) {
        if (spec == null) {
            throw new IllegalArgumentException("trustedProxies: null entry");
        }
        String s = spec.strip();
        int slash = s.indexOf('/');
        byte[] address = parseAddress(slash < 0 ? s : s.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException(
                    "trustedProxies: '" + spec + "' is not an IP address or CIDR range (host names are not accepted)");
        }
        int bits = address.length * 8;
        if (slash >= 0) {
            String prefix = s.substring(slash + 1);
            int parsed = prefix.matches("\\d{1,3}") ? Integer.parseInt(prefix) : -1;
            if (parsed < 0 || parsed > bits) {
                throw new IllegalArgumentException(
                        "trustedProxies: '" + spec + "' has a prefix length outside 0.." + bits);
            }
            bits = parsed;
        }
        return new Range(address, bits);
    }

    /** The entries as configured. */
    List<String> specs() {
        return specs;
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** True when {@code address} (as {@code getRemoteAddr()} gives it) is one of the configured proxies. */
    boolean contains(@Nullable String address) {
        if (ranges.isEmpty() || address == null) {
            return false;
        }
        byte[] bytes = parseAddress(address);
        if (bytes == null) {
            return false;
        }
        for (Range range : ranges) {
            if (range.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The bytes of an IPv4 or IPv6 literal (brackets and a zone id allowed), IPv4-mapped IPv6 as 4 bytes;
     * {@code null} for anything else. Never resolves a name.
     */
    static byte @Nullable [] parseAddress(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        if (s.isEmpty()) {
            return null;
        }
        if (s.indexOf(':') < 0) {
            return parseIpv4(s);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == ':' || c == '.' || Character.digit(c, 16) >= 0)) {
                return null;
            }
        }
        try {
            // The brackets make InetAddress parse an IPv6 literal or fail; it never looks a name up.
            InetAddress parsed = InetAddress.getByName("[" + s + "]");
            // An IPv4-mapped address comes back as an Inet4Address (4 bytes).
            return parsed.getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static byte @Nullable [] parseIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                return null;
            }
            out[i] = (byte) value;
        }
        return out;
    }

    @Override
    public String toString() {
        return "TrustedProxies" + specs;
    }
}
