package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A transfer recipient ({@code "object": "recipient"}), retired by Stripe in favour of Connect accounts, the
 * payload of the deprecated {@code recipient.created}, {@code recipient.updated}, {@code recipient.deleted}
 * events. {@code activeAccount} (a bank account) and the {@code cards} are {@link ExternalAccount}s, whose
 * {@code object()} says which; {@code migratedTo} is the Custom account the recipient was migrated to.
 *
 * <p>Hand-written: the 2023-08-16 spec the generated records come from no longer describes recipients. Fields and
 * types follow the schema {@code recipient} ({@code TransferRecipient}) of stripe/openapi {@code
 * openapi/spec3.yaml} at commit dd21899b0a6f6ed7ac301ec72c10c4c78220062a (2022-05-05, API version 2020-08-27);
 * the last spec with the schema is commit 86d5b6fed2228bab96357e3b9a69da90650a8166 (2022-08-24, API version
 * 2022-08-01), with the same fields. {@code deleted} is true on the stub of a deleted recipient ({@code
 * deleted_recipient}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Recipient(
        @Nullable String id,
        @JsonProperty("active_account") @Nullable ExternalAccount activeAccount,
        @Nullable StripeList<ExternalAccount> cards,
        @Nullable Instant created,

        @JsonProperty("default_card") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String defaultCard,

        @Nullable String description,
        @Nullable String email,
        @Nullable Boolean livemode,
        Map<String, String> metadata,

        @JsonProperty("migrated_to") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String migratedTo,

        @Nullable String name,

        @JsonProperty("rolled_back_from") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String rolledBackFrom,

        @Nullable Type type,
        @Nullable Boolean deleted) {
    public Recipient {
        metadata = RecordCopies.mapOrEmpty(metadata);
    }

    /** Values of {@code type} (listed in the spec's description); {@code UNKNOWN} for any other. */
    public enum Type {
        @JsonProperty("individual")
        INDIVIDUAL,
        @JsonProperty("corporation")
        CORPORATION,
        /** A value the spec did not list. */
        @JsonEnumDefaultValue
        UNKNOWN
    }
}
