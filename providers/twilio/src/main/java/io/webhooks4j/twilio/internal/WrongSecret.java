package io.webhooks4j.twilio.internal;

import io.webhooks4j.spi.Secret;
import org.jspecify.annotations.Nullable;

/** Recognises the Twilio values most often configured instead of the auth token. */
public final class WrongSecret {
    private WrongSecret() {}

    /**
     * What {@code raw} looks like when it is a Twilio SID rather than an auth token (an auth token is 32
     * lower-case hex digits; SIDs are two upper-case letters and 32 hex digits), else null.
     */
    public static @Nullable String shapeOf(String raw) {
        if (raw.length() == 34 && isHex(raw, 2)) {
            if (raw.startsWith("AC")) {
                return "an Account SID (AC followed by 32 hex digits)";
            }
            if (raw.startsWith("SK")) {
                return "an API key SID (SK followed by 32 hex digits)";
            }
        }
        return null;
    }

    /** The same from a keyring, which keeps only a secret's first characters: the upper-case prefix. */
    public static @Nullable String shapeOf(Secret secret) {
        if (secret.startsWith("AC")) {
            return "an Account SID (it starts with AC)";
        }
        if (secret.startsWith("SK")) {
            return "an API key SID (it starts with SK)";
        }
        return null;
    }

    private static boolean isHex(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }
}
