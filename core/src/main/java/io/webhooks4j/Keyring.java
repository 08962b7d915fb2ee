package io.webhooks4j;

import io.webhooks4j.spi.Secret;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The secrets that may have signed a delivery: during a rotation the old and the new one verify side by side.
 * Each has an id; a verification result names the one that matched. {@link #toString()} shows ids only.
 */
public final class Keyring implements Iterable<Secret> {
    private final List<Secret> secrets;
    private final List<String> ids;

    private Keyring(List<Secret> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("A keyring needs at least one secret");
        }
        Set<String> ids = new HashSet<>();
        for (Secret secret : secrets) {
            if (!ids.add(secret.id())) {
                throw new IllegalArgumentException("Two secrets share the id '" + secret.id() + "'");
            }
        }
        this.secrets = List.copyOf(secrets);
        this.ids = this.secrets.stream().map(Secret::id).toList();
    }

    /**
     * A keyring of the given secrets, used verbatim, with ids {@code key-1}, {@code key-2}, ... in order. Blank
     * entries are rejected.
     */
    public static Keyring of(String... secrets) {
        if (secrets == null) {
            throw new IllegalArgumentException("No secrets given (null)");
        }
        return of(java.util.Arrays.asList(secrets));
    }

    /**
     * As {@link #of(String...)}, for a provider's {@code create(...)}: a missing secret (no argument, a {@code
     * null}, as {@code System.getenv} returns for an unset variable, or a blank one) is refused with a message
     * naming the provider, such as "The Stripe webhook secret is missing (null): is the environment variable
     * that should hold it set?".
     *
     * @param what what the secret is, such as {@code "Stripe webhook secret"}
     * @throws IllegalArgumentException naming {@code what} when a secret is missing or blank
     */
    public static Keyring forProvider(String what, String... secrets) {
        Objects.requireNonNull(what, "what");
        if (secrets == null || secrets.length == 0) {
            throw new IllegalArgumentException("The " + what + " is missing: no secret was given");
        }
        for (int i = 0; i < secrets.length; i++) {
            String position = secrets.length == 1 ? "" : " (number " + (i + 1) + " of " + secrets.length + ")";
            if (secrets[i] == null) {
                throw new IllegalArgumentException("The " + what + position
                        + " is missing (null): is the environment variable or property that should hold it set?");
            }
            if (secrets[i].isBlank()) {
                throw new IllegalArgumentException("The " + what + position + " is blank");
            }
        }
        return of(secrets);
    }

    /** As {@link #of(String...)}. */
    public static Keyring of(List<String> secrets) {
        Objects.requireNonNull(secrets, "secrets");
        List<Secret> list = new ArrayList<>(secrets.size());
        for (int i = 0; i < secrets.size(); i++) {
            String value = secrets.get(i);
            if (value == null) {
                throw new IllegalArgumentException("Secret number " + (i + 1) + " is missing (null)");
            }
            if (value.isBlank()) {
                throw new IllegalArgumentException("Secret number " + (i + 1) + " is blank");
            }
            list.add(Secret.of("key-" + (i + 1), value.strip()));
        }
        return new Keyring(list);
    }

    /** A keyring of prepared secrets (custom ids or decoded keys). */
    public static Keyring ofSecrets(List<Secret> secrets) {
        return new Keyring(new ArrayList<>(Objects.requireNonNull(secrets, "secrets")));
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Secret> secrets() {
        return secrets;
    }

    public int size() {
        return secrets.size();
    }

    /** The first (primary) secret. */
    public Secret primary() {
        return secrets.get(0);
    }

    public List<String> ids() {
        return ids;
    }

    @Override
    public Iterator<Secret> iterator() {
        return secrets.iterator();
    }

    /** Ids only. */
    @Override
    public String toString() {
        return "Keyring" + ids();
    }

    /** Builds a keyring with named keys: {@code Keyring.builder().add("2026-11", s1).add("2026-05", s2)}. */
    public static final class Builder {
        private final List<Secret> secrets = new ArrayList<>();

        private Builder() {}

        public Builder add(String id, String secret) {
            secrets.add(Secret.of(id, secret));
            return this;
        }

        public Builder add(Secret secret) {
            secrets.add(Objects.requireNonNull(secret, "secret"));
            return this;
        }

        public Keyring build() {
            return new Keyring(secrets);
        }
    }
}
