package io.webhooks4j.spi;

/** The HMAC algorithms the providers use. */
public enum HmacAlgorithm {
    /** Twilio's signature, GitHub's legacy {@code X-Hub-Signature}. */
    SHA1("HmacSHA1"),
    /** Everyone else. */
    SHA256("HmacSHA256");

    private final String jcaName;

    HmacAlgorithm(String jcaName) {
        this.jcaName = jcaName;
    }

    /** The JCA name, such as {@code HmacSHA256}. */
    public String jcaName() {
        return jcaName;
    }
}
