package io.webhooks4j.test.kit;

import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import io.webhooks4j.acme.AcmeHeaders;
import io.webhooks4j.acme.AcmeProviderFactory;
import io.webhooks4j.test.Fixture;
import java.util.List;

/** The kit, run against the test provider Acme: the kit itself passes on a provider that meets it. */
class AcmeCompatibilityTest extends WebhookProviderCompatibilityKit {
    /** Values of the signature header that are present but cannot be read. */
    static final List<String> MALFORMED =
            List.of("garbage", "v1=", "v1=zz", "v2=" + "ab".repeat(32), "v1=" + "ab".repeat(31));

    AcmeCompatibilityTest() {
        super(new AcmeProviderFactory(), SECRET, OTHER_SECRET, AcmeHeaders.SIGNATURE, MALFORMED);
    }

    static final String SECRET = "acme_secret_0123456789abcdef";
    static final String OTHER_SECRET = "acme_rotated_fedcba9876543210";

    static final List<Fixture> FIXTURES = List.of(
            fixture(
                    "order.created",
                    "{\"id\":\"evt_1\",\"type\":\"order.created\",\"data\":{\"id\":\"o_1\","
                            + "\"total\":\"12.50\",\"created\":\"2026-11-27T12:00:00Z\",\"items\":[\"a\",\"b\"]}}"),
            fixture(
                    "order.paid",
                    "{\"id\":\"evt_2\",\"type\":\"order.paid\",\"data\":{\"id\":\"o_1\",\"total\":12.5}}"),
            fixture("unknown.refund", "{\"id\":\"evt_3\",\"type\":\"refund.created\",\"data\":{\"amount\":3}}"));

    static Fixture fixture(String name, String body) {
        Headers headers = Headers.builder()
                .add("Content-Type", "application/json")
                .add(AcmeHeaders.DELIVERY, "d-" + name)
                .build();
        return new Fixture("acme", name, "Acme " + name, headers, RawBody.ofUtf8(body));
    }

    @Override
    protected List<Fixture> fixtures() {
        return FIXTURES;
    }

    @Override
    protected List<String> unsignedHeaders() {
        return List.of(AcmeHeaders.DELIVERY, "User-Agent");
    }

    @Override
    protected List<String> hostileFieldNames() {
        return List.of("total", "created", "items");
    }
}
