package io.webhooks4j.benchmarks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * Realistic deliveries generated at setup, of an exact body size: a Stripe {@code invoice.paid} with N lines, a
 * GitHub {@code push} with N commits, a Twilio incoming-message form post with add-on results. Each generator
 * takes the largest N whose body fits the target and pads one free-text field up to the exact byte count,
 * so "2KB" is 2,048 bytes for every provider. Ours and theirs are always given the same bytes.
 *
 * <p>The shapes follow the providers' documented payloads (Stripe API version {@code 2026-07-29.dahlia},
 * GitHub's push event, Twilio's messaging webhook parameters); every value is invented.
 */
public final class Payloads {
    /** The sizes every benchmark runs at, as JMH {@code @Param} values. */
    public static final String[] SIZES = {"2KB", "25KB", "500KB"};

    private Payloads() {}

    /** {@code 2KB} -> 2,048; {@code 25KB} -> 25,600; {@code 500KB} -> 512,000. */
    public static int bytes(String size) {
        if (!size.endsWith("KB")) {
            throw new IllegalArgumentException("size: expected <n>KB, was " + size);
        }
        return Integer.parseInt(size.substring(0, size.length() - 2)) * 1024;
    }

    /**
     * A Stripe {@code invoice.paid} event, pretty-printed as Stripe sends it, of exactly {@code targetBytes}
     * bytes (UTF-8).
     */
    public static String stripeInvoicePaid(String eventId, long created, String apiVersion, int targetBytes) {
        return fit(targetBytes, (n, pad) -> stripeInvoicePaid(eventId, created, apiVersion, n, pad));
    }

    private static String stripeInvoicePaid(String eventId, long created, String apiVersion, int lines, String pad) {
        String invoice = "in_1QbX4LJm2eZvKYlo" + eventId.substring(eventId.length() - 6);
        long periodStart = created - 30L * 86_400;
        StringJoiner items = new StringJoiner(",\n");
        for (int i = 0; i < lines; i++) {
            String seq = String.format("%06d", i);
            items.add(STRIPE_LINE
                    .replace("{seq}", seq)
                    .replace("{inv}", invoice)
                    .replace("{start}", Long.toString(periodStart))
                    .replace("{end}", Long.toString(created)));
        }
        long total = 2000L * lines;
        return STRIPE_EVENT
                .replace("{evt}", eventId)
                .replace("{api}", apiVersion)
                .replace("{inv}", invoice)
                .replace("{created}", Long.toString(created))
                .replace("{start}", Long.toString(periodStart))
                .replace("{total}", Long.toString(total))
                .replace("{n}", Integer.toString(lines))
                .replace("{lines}", items.toString())
                .replace("{pad}", pad);
    }

    private static final String STRIPE_EVENT = """
            {
              "id": "{evt}",
              "object": "event",
              "api_version": "{api}",
              "created": {created},
              "data": {
                "object": {
                  "id": "{inv}",
                  "object": "invoice",
                  "amount_due": {total},
                  "amount_paid": {total},
                  "amount_remaining": 0,
                  "billing_reason": "subscription_cycle",
                  "created": {created},
                  "currency": "usd",
                  "customer": "cus_RkT8sQ2Jm4xWvB",
                  "customer_email": "jenny.rosen@example.com",
                  "lines": {
                    "object": "list",
                    "data": [
            {lines}
                    ],
                    "has_more": false,
                    "total_count": {n},
                    "url": "/v1/invoices/{inv}/lines"
                  },
                  "metadata": {
                    "note": "{pad}"
                  },
                  "number": "ACME-0042",
                  "status": "paid",
                  "subtotal": {total},
                  "total": {total}
                }
              },
              "livemode": false,
              "pending_webhooks": 1,
              "request": {
                "id": null,
                "idempotency_key": null
              },
              "type": "invoice.paid"
            }
            """;

    private static final String STRIPE_LINE = """
                      {
                        "id": "il_1QbX4LJm2eZv{seq}",
                        "object": "line_item",
                        "amount": 2000,
                        "currency": "usd",
                        "description": "1 \u00d7 Seat {seq} (at $20.00 / month)",
                        "invoice": "{inv}",
                        "livemode": false,
                        "parent": {
                          "subscription_item_details": {
                            "proration": false,
                            "subscription": "sub_1QbX4LJm2eZvKYlo",
                            "subscription_item": "si_RkT8sQ2J{seq}"
                          },
                          "type": "subscription_item_details"
                        },
                        "period": {
                          "end": {end},
                          "start": {start}
                        },
                        "pricing": {
                          "price_details": {
                            "price": "price_1QbX2mJm2eZvKYlo8hTz",
                            "product": "prod_RkT6pL0aZQwE3c"
                          },
                          "type": "price_details",
                          "unit_amount_decimal": "2000"
                        },
                        "quantity": 1
                      }""".indent(10).stripTrailing();

    /** A GitHub {@code push} event, compact as GitHub sends it, of exactly {@code targetBytes} bytes. */
    public static String githubPush(String seed, int targetBytes) {
        return fit(targetBytes, (n, pad) -> githubPush(seed, n, pad));
    }

    private static String githubPush(String seed, int commits, String pad) {
        StringJoiner list = new StringJoiner(",");
        String last = null;
        for (int i = 0; i < commits; i++) {
            last = GITHUB_COMMIT
                    .replace("{sha}", sha(seed + "/commit/" + i))
                    .replace("{tree}", sha(seed + "/tree/" + i))
                    .replace("{seq}", String.format("%06d", i));
            list.add(last);
        }
        String before = sha(seed + "/before");
        String after = commits == 0 ? before : sha(seed + "/commit/" + (commits - 1));
        return GITHUB_PUSH
                .replace("{before}", before)
                .replace("{after}", after)
                .replace("{commits}", list.toString())
                .replace("{head}", last == null ? "null" : last)
                .replace("{pad}", pad);
    }

    private static final String GITHUB_PUSH =
            ("{\"ref\":\"refs/heads/main\",\"before\":\"{before}\",\"after\":\"{after}\","
                    + "\"repository\":{\"id\":813000042,\"node_id\":\"R_kgDOMHWmKg\",\"name\":\"billing\","
                    + "\"description\":\"Invoices and payments{pad}\","
                    + "\"full_name\":\"acme/billing\",\"private\":true,\"owner\":{\"login\":\"acme\",\"id\":9919,"
                    + "\"type\":\"Organization\"},\"html_url\":\"https://github.com/acme/billing\","
                    + "\"fork\":false,\"url\":\"https://github.com/acme/billing\",\"created_at\":1717000000,"
                    + "\"pushed_at\":1764237600,\"default_branch\":\"main\",\"visibility\":\"private\"},"
                    + "\"pusher\":{\"name\":\"monalisa\",\"email\":\"mona@example.com\"},"
                    + "\"sender\":{\"login\":\"monalisa\",\"id\":583231,\"type\":\"User\",\"site_admin\":false},"
                    + "\"created\":false,\"deleted\":false,\"forced\":false,\"base_ref\":null,"
                    + "\"compare\":\"https://github.com/acme/billing/compare/{before}...{after}\","
                    + "\"commits\":[{commits}],\"head_commit\":{head}}");

    private static final String GITHUB_COMMIT = "{\"id\":\"{sha}\",\"tree_id\":\"{tree}\",\"distinct\":true,"
            + "\"message\":\"Retry failed invoice webhooks {seq}\",\"timestamp\":\"2026-11-27T10:15:30+01:00\","
            + "\"url\":\"https://github.com/acme/billing/commit/{sha}\","
            + "\"author\":{\"name\":\"Mona Lisa\",\"email\":\"mona@example.com\",\"username\":\"monalisa\"},"
            + "\"committer\":{\"name\":\"GitHub\",\"email\":\"noreply@github.com\",\"username\":\"web-flow\"},"
            + "\"added\":[\"src/retry/Backoff{seq}.java\"],\"removed\":[],\"modified\":[\"README.md\"]}";

    /**
     * The parameters of a Twilio incoming message (with media and Marketplace add-on results, which is how
     * Twilio form posts grow), in the order Twilio sends them; {@link #formEncode} of them is exactly {@code
     * targetBytes} bytes.
     */
    public static Map<String, String> twilioIncomingMessage(String messageSid, int targetBytes) {
        return fit(targetBytes, (n, pad) -> twilioIncomingMessage(messageSid, n, pad), Payloads::formEncode);
    }

    private static Map<String, String> twilioIncomingMessage(String messageSid, int addOns, String pad) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("ToCountry", "US");
        p.put("MediaContentType0", "image/jpeg");
        p.put("ToState", "CA");
        p.put("SmsMessageSid", messageSid);
        p.put("NumMedia", "1");
        p.put("ToCity", "SAN FRANCISCO");
        p.put("FromZip", "94105");
        p.put("SmsSid", messageSid);
        p.put("FromState", "CA");
        p.put("SmsStatus", "received");
        p.put("FromCity", "SAN FRANCISCO");
        p.put("Body", "Hi! Can I move my 3pm appointment to Thursday? Thanks, Jenny " + pad);
        p.put("FromCountry", "US");
        p.put("To", "+14155552671");
        p.put("MessagingServiceSid", "MG9752274e9e519418a7406176694466fa");
        p.put("ToZip", "94107");
        p.put("NumSegments", "1");
        p.put("ReferralNumMedia", "0");
        p.put("MessageSid", messageSid);
        p.put("AccountSid", "AC1f6b2a3c4d5e6f708192a3b4c5d6e7f8");
        p.put("From", "+14155550100");
        p.put(
                "MediaUrl0",
                "https://api.twilio.com/2010-04-01/Accounts/AC1f6b2a3c4d5e6f708192a3b4c5d6e7f8/Messages/" + messageSid
                        + "/Media/ME0123456789abcdef0123456789abcdef");
        StringJoiner results = new StringJoiner(",", "{", "}");
        for (int i = 0; i < addOns; i++) {
            String seq = String.format("%06d", i);
            results.add("\"sentiment_" + seq + "\":{\"request_sid\":\"XR0123456789abcdef0123456789" + seq
                    + "\",\"status\":\"successful\",\"message\":null,\"code\":null,\"result\":{\"language\":\"en\","
                    + "\"sentiment\":\"neutral\",\"score\":0.42,\"keywords\":[\"appointment\",\"thursday\"]}}");
        }
        p.put("AddOns", "{\"status\":\"successful\",\"message\":null,\"code\":null,\"results\":" + results + "}");
        p.put("ApiVersion", "2010-04-01");
        return p;
    }

    /** {@code application/x-www-form-urlencoded}, in the map's order. */
    public static String formEncode(Map<String, String> parameters) {
        StringJoiner form = new StringJoiner("&");
        parameters.forEach((name, value) -> form.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return form.toString();
    }

    /** A 40-hex-digit id derived from {@code seed}, like a Git object id. */
    static String sha(String seed) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(seed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds a document with {@code items} items and a free-text {@code pad}. */
    @FunctionalInterface
    interface Generator<T> {
        T build(int items, String pad);
    }

    static String fit(int targetBytes, Generator<String> generator) {
        return fit(targetBytes, generator, s -> s);
    }

    /**
     * The document with the most items (at least one) whose rendering fits {@code targetBytes}, padded to
     * exactly that many bytes; when even one item does not fit, the one-item document unpadded.
     */
    static <T> T fit(int targetBytes, Generator<T> generator, Function<T, String> render) {
        IntUnaryOperator length = n -> utf8Length(render.apply(generator.build(n, "")));
        int one = length.applyAsInt(1);
        if (one >= targetBytes) {
            return generator.build(1, "");
        }
        int perItem = Math.max(1, length.applyAsInt(2) - one);
        int n = Math.max(1, 1 + (targetBytes - one) / perItem);
        while (n > 1 && length.applyAsInt(n) > targetBytes) {
            n--;
        }
        while (length.applyAsInt(n + 1) <= targetBytes) {
            n++;
        }
        T padded = generator.build(n, "x".repeat(targetBytes - length.applyAsInt(n)));
        if (utf8Length(render.apply(padded)) != targetBytes) {
            throw new IllegalStateException("padding did not reach " + targetBytes + " bytes");
        }
        return padded;
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
