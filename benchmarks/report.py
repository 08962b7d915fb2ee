#!/usr/bin/env python3
"""Prints JMH's JSON result (benchmarks/run.sh) as one Markdown table, then checks the goals of issue 18.

For each benchmark and body size: the time per operation (and operations per second), the bytes allocated
per operation (-prof gc) and their ratio to the body size, the ratio to the HMAC floor of the same class and
size (1.00 = the cost of the cryptography alone), and how many times faster than its peer it is (above 1 =
faster than the peer; the peer is the official SDK, or a hand-written HMAC check plus a parse where the provider
has no Java library or its library does not verify). The lines after the table check each goal of issue 18 and
print "met" or "not met" with the figures; they are goals to aim at, not assertions.

Usage: report.py target/jmh-result.json
"""
import json
import sys

# (class, method) -> label, in table order
ROWS = [
    ("StripeBenchmark", "floor", "floor: JCA HmacSHA256 over the body"),
    ("StripeBenchmark", "oursVerify", "ours: verify"),
    ("StripeBenchmark", "oursVerifyAndParse", "ours: verify + parse to StripeEvent<Invoice>"),
    ("StripeBenchmark", "oursPipeline", "ours: Webhooks.handle, no-op handler"),
    ("StripeBenchmark", "theirsVerify", "stripe-java: Webhook.Signature.verifyHeader"),
    ("StripeBenchmark", "theirsVerifyAndParse", "stripe-java: constructEvent + deserializeUnsafe"),
    ("GitHubBenchmark", "floor", "floor: JCA HmacSHA256 over the body"),
    ("GitHubBenchmark", "oursVerify", "ours: verify"),
    ("GitHubBenchmark", "oursVerifyAndParse", "ours: verify + parse to GitHubEvent<PushEvent>"),
    ("GitHubBenchmark", "oursPipeline", "ours: Webhooks.handle, typed no-op handler"),
    ("GitHubBenchmark", "theirsVerifyAndParse", "peer: hand-written HMAC check + hub4j parseEventPayload"),
    ("GitHubBenchmark", "theirsParse", "hub4j: parseEventPayload alone (String from setup, no verification)"),
    ("GitHubPullRequestBenchmark", "floor", "floor: JCA HmacSHA256 over the body"),
    ("GitHubPullRequestBenchmark", "oursVerify", "ours: verify"),
    ("GitHubPullRequestBenchmark", "oursVerifyAndParse", "ours: verify + parse to GitHubEvent<PullRequestEvent>"),
    ("GitHubPullRequestBenchmark", "oursPipeline", "ours: Webhooks.handle, typed no-op handler"),
    ("GitHubPullRequestBenchmark", "theirsVerifyAndParse", "peer: hand-written HMAC check + hub4j parseEventPayload"),
    ("GitHubPullRequestBenchmark", "theirsParse",
     "hub4j: parseEventPayload alone (String from setup, no verification)"),
    ("ShopifyBenchmark", "floor", "floor: JCA HmacSHA256 over the body"),
    ("ShopifyBenchmark", "oursVerify", "ours: verify"),
    ("ShopifyBenchmark", "oursVerifyAndParse", "ours: verify + parse to ShopifyEvent<Order>"),
    ("ShopifyBenchmark", "oursPipeline", "ours: Webhooks.handle, typed no-op handler"),
    ("ShopifyBenchmark", "theirsVerifyAndParse", "peer: hand-written HMAC check + Jackson 3 into a small record"),
    ("PagerDutyBenchmark", "floor", "floor: JCA HmacSHA256 over the body"),
    ("PagerDutyBenchmark", "oursVerify", "ours: verify"),
    ("PagerDutyBenchmark", "oursVerifyAndParse", "ours: verify + parse to PagerDutyEvent<Incident>"),
    ("PagerDutyBenchmark", "oursPipeline", "ours: Webhooks.handle, typed no-op handler"),
    ("PagerDutyBenchmark", "theirsVerifyAndParse", "peer: hand-written HMAC check + Jackson 3 into small records"),
    ("TwilioBenchmark", "floor", "floor: JCA HmacSHA1 over the body"),
    ("TwilioBenchmark", "oursVerify", "ours: verify (form decoded from the raw body)"),
    ("TwilioBenchmark", "oursVerifyAndParse", "ours: verify + parse to IncomingMessage"),
    ("TwilioBenchmark", "oursPipeline", "ours: Webhooks.handle, no-op handler"),
    ("TwilioBenchmark", "theirsDecodeAndValidate",
     "twilio-java: form decoded from the raw body + RequestValidator.validate"),
    ("TwilioBenchmark", "theirsValidate", "twilio-java: RequestValidator.validate (params pre-decoded at setup)"),
    ("StandardWebhooksBenchmark", "floor", "floor: JCA HmacSHA256 over the body"),
    ("StandardWebhooksBenchmark", "oursVerify", "ours: verify"),
    ("StandardWebhooksBenchmark", "oursVerifyAndParse", "ours: verify + parse to StandardWebhookEvent"),
    ("StandardWebhooksBenchmark", "theirsVerify", "standardwebhooks: Webhook.verify (reference)"),
]

# ours -> its peer in the same class (the "× faster than peer" column)
PEER = {
    ("StripeBenchmark", "oursVerify"): "theirsVerify",
    ("StripeBenchmark", "oursVerifyAndParse"): "theirsVerifyAndParse",
    ("StripeBenchmark", "oursPipeline"): "theirsVerifyAndParse",
    ("GitHubBenchmark", "oursVerifyAndParse"): "theirsVerifyAndParse",
    ("GitHubBenchmark", "oursPipeline"): "theirsVerifyAndParse",
    ("GitHubPullRequestBenchmark", "oursVerifyAndParse"): "theirsVerifyAndParse",
    ("GitHubPullRequestBenchmark", "oursPipeline"): "theirsVerifyAndParse",
    ("ShopifyBenchmark", "oursVerifyAndParse"): "theirsVerifyAndParse",
    ("ShopifyBenchmark", "oursPipeline"): "theirsVerifyAndParse",
    ("PagerDutyBenchmark", "oursVerifyAndParse"): "theirsVerifyAndParse",
    ("PagerDutyBenchmark", "oursPipeline"): "theirsVerifyAndParse",
    ("TwilioBenchmark", "oursVerify"): "theirsDecodeAndValidate",
    ("TwilioBenchmark", "oursVerifyAndParse"): "theirsDecodeAndValidate",
    ("TwilioBenchmark", "oursPipeline"): "theirsDecodeAndValidate",
    ("StandardWebhooksBenchmark", "oursVerify"): "theirsVerify",
}

# the peer's library measured without part of the work ours includes: shown, never a peer
REFERENCE = {
    ("GitHubBenchmark", "theirsParse"),
    ("GitHubPullRequestBenchmark", "theirsParse"),
    ("TwilioBenchmark", "theirsValidate"),
}

PROVIDER = {
    "StripeBenchmark": "Stripe invoice.paid",
    "GitHubBenchmark": "GitHub push",
    "GitHubPullRequestBenchmark": "GitHub pull_request",
    "ShopifyBenchmark": "Shopify orders/create",
    "PagerDutyBenchmark": "PagerDuty incident.triggered",
    "TwilioBenchmark": "Twilio SMS form",
    "StandardWebhooksBenchmark": "Standard Webhooks",
}

# the goals' thresholds (issue 18)
GITHUB_SPEEDUP = 1.5
WITHIN_JACKSON = 1.3
STRIPE_SPEEDUP = 6.0
TWILIO_SPEEDUP = 3.0
VERIFY_WITHIN_FLOOR = 1.1
ALLOC_BODY_FACTOR = 2
ALLOC_OVERHEAD = 8 * 1024


def body_bytes(size):
    return int(size[:-2]) * 1024


def size_key(size):
    return body_bytes(size) if size.endswith("KB") else 0


def to_microseconds(score, unit):
    if unit == "us/op":
        return score
    if unit == "ns/op":
        return score / 1000.0
    if unit == "ms/op":
        return score * 1000.0
    if unit == "ops/us":
        return 1.0 / score
    if unit == "ops/ms":
        return 1000.0 / score
    if unit == "ops/s":
        return 1e6 / score
    raise ValueError("unsupported unit " + unit)


def load(path):
    with open(path) as f:
        data = json.load(f)
    results = {}
    for entry in data:
        cls, method = entry["benchmark"].split(".")[-2:]
        params = entry.get("params", {})
        size = params.get("size") or params.get("prSize") or "?"
        primary = entry["primaryMetric"]
        us = to_microseconds(primary["score"], primary["scoreUnit"])
        err = primary.get("scoreError")
        err_us = None
        if isinstance(err, (int, float)) and err == err and primary["scoreUnit"].endswith("/op"):
            err_us = to_microseconds(err, primary["scoreUnit"])
        alloc = entry.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        results[(cls, method, size)] = {"us": us, "err": err_us, "alloc": alloc,
                                        "warmup": entry.get("warmupIterations"),
                                        "iterations": entry.get("measurementIterations"),
                                        "forks": entry.get("forks")}
    return results


def short_run_warning(results):
    """A line of caution when any benchmark ran with fewer iterations than run.sh's defaults (a smoke run)."""
    short = [r for r in results.values()
             if (r["warmup"] is not None and r["warmup"] < 5) or (r["iterations"] is not None and r["iterations"] < 5)]
    if not short:
        return None
    return ("Caution: %d of %d benchmarks ran with fewer than 5 warm-up or 5 measurement iterations (a smoke run?): "
            "their figures, and the goals below, are not results." % (len(short), len(results)))


def fmt_time(us):
    return "%.2f" % us if us < 100 else "{:,.0f}".format(us)


def fmt_bytes(b):
    if b is None:
        return "n/a"
    return "{:,.0f}".format(b)


def table(results, sizes):
    lines = [
        "| benchmark | body | us/op | ± | ops/s | B/op | B/op ÷ body | × floor | × faster than peer |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for cls in PROVIDER:
        for size in sizes:
            floor = results.get((cls, "floor", size))
            for rcls, method, label in ROWS:
                if rcls != cls or (cls, method, size) not in results:
                    continue
                r = results[(cls, method, size)]
                body = body_bytes(size)
                x_floor = "%.2f" % (r["us"] / floor["us"]) if floor else "n/a"
                peer = PEER.get((cls, method))
                vs = ""
                if peer and (cls, peer, size) in results:
                    vs = "%.2f" % (results[(cls, peer, size)]["us"] / r["us"])
                elif (cls, method) in REFERENCE:
                    vs = "(reference)"
                elif method.startswith("theirs"):
                    vs = "(peer)"
                lines.append("| %s: %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                    PROVIDER[cls], label, size, fmt_time(r["us"]),
                    fmt_time(r["err"]) if r["err"] is not None else "",
                    "{:,.0f}".format(1e6 / r["us"]), fmt_bytes(r["alloc"]),
                    "%.2f" % (r["alloc"] / body) if r["alloc"] is not None else "n/a",
                    x_floor, vs))
    return lines


def verdict(ok):
    return "met" if ok else "**not met**"


def goals(results, sizes):
    """[(goal title, [check lines])]; each check line ends with met / not met, or says what was not measured."""

    def get(cls, method, size):
        return results.get((cls, method, size))

    def sizes_of(cls):
        return [s for s in sizes if get(cls, "floor", s) or get(cls, "oursVerifyAndParse", s)]

    out = []

    # 1. GitHub handle >= 1.5x faster than HMAC + hub4j, allocating no more
    checks = []
    for cls in ("GitHubBenchmark", "GitHubPullRequestBenchmark"):
        for size in sizes_of(cls):
            o, vp, t = get(cls, "oursPipeline", size), get(cls, "oursVerifyAndParse", size), get(
                cls, "theirsVerifyAndParse", size)
            name = "%s %s" % (PROVIDER[cls].replace("GitHub ", ""), size)
            if not (o and t):
                checks.append("%s: not measured" % name)
                continue
            speed = t["us"] / o["us"]
            alloc_ok = o["alloc"] is not None and t["alloc"] is not None and o["alloc"] <= t["alloc"]
            extra = " (verify + parse alone %.2fx)" % (t["us"] / vp["us"]) if vp else ""
            checks.append("%s: speed-up %.2fx%s; B/op ours %s vs peer %s: %s" % (
                name, speed, extra, fmt_bytes(o["alloc"]), fmt_bytes(t["alloc"]),
                verdict(speed >= GITHUB_SPEEDUP and alloc_ok)))
    out.append(("GitHub verify + parse + typed handler (Webhooks.handle) at least %.1fx faster than a hand-written "
                "HMAC check + hub4j parseEventPayload, at every size, allocating no more" % GITHUB_SPEEDUP, checks))

    # 2. Shopify and PagerDuty verify + parse within 1.3x of HMAC + Jackson into a small record
    checks = []
    for cls in ("ShopifyBenchmark", "PagerDutyBenchmark"):
        for size in sizes_of(cls):
            vp, o, t = get(cls, "oursVerifyAndParse", size), get(cls, "oursPipeline", size), get(
                cls, "theirsVerifyAndParse", size)
            name = "%s %s" % (PROVIDER[cls].split(" ")[0], size)
            if not (vp and t):
                checks.append("%s: not measured" % name)
                continue
            ratio = vp["us"] / t["us"]
            extra = " (handle %.2fx)" % (o["us"] / t["us"]) if o else ""
            checks.append("%s: %.2fx the peer's time%s; B/op ours %s vs peer %s: %s" % (
                name, ratio, extra, fmt_bytes(vp["alloc"]), fmt_bytes(t["alloc"]),
                verdict(ratio <= WITHIN_JACKSON)))
    out.append(("Shopify and PagerDuty verify + parse within %.1fx of a hand-written HMAC check + a Jackson read "
                "into a small record of the fields a handler uses" % WITHIN_JACKSON, checks))

    # 3. Stripe >= 6x stripe-java; Twilio >= 3x twilio-java with the form decoded from the raw body
    checks = []
    for cls, peer, threshold, peer_name in (
            ("StripeBenchmark", "theirsVerifyAndParse", STRIPE_SPEEDUP, "constructEvent + deserializeUnsafe"),
            ("TwilioBenchmark", "theirsDecodeAndValidate", TWILIO_SPEEDUP, "form decoding + validate")):
        for size in sizes_of(cls):
            o, vp, t = get(cls, "oursPipeline", size), get(cls, "oursVerifyAndParse", size), get(cls, peer, size)
            name = "%s %s" % (PROVIDER[cls].split(" ")[0], size)
            if not (o and t):
                checks.append("%s: not measured" % name)
                continue
            speed = t["us"] / o["us"]
            extra = ", verify + parse %.2fx" % (t["us"] / vp["us"]) if vp else ""
            checks.append("%s: handle speed-up %.2fx over %s (goal %.0fx%s): %s" % (
                name, speed, peer_name, threshold, extra, verdict(speed >= threshold)))
    out.append(("Stripe at least %.0fx faster than stripe-java's constructEvent + deserializeUnsafe at every size; "
                "Twilio at least %.0fx faster than twilio-java with the form decoded from the raw body"
                % (STRIPE_SPEEDUP, TWILIO_SPEEDUP), checks))

    # 4. verify within 1.1x of the floor from 2 KB up
    checks = []
    for cls in PROVIDER:
        figures, ok, seen = [], True, False
        for size in sizes_of(cls):
            v, f = get(cls, "oursVerify", size), get(cls, "floor", size)
            if size_key(size) < 2048 or not (v and f):
                continue
            seen = True
            ratio = v["us"] / f["us"]
            ok = ok and ratio <= VERIFY_WITHIN_FLOOR
            figures.append("%s %.2f" % (size, ratio))
        if seen:
            note = " (the floor is HMAC-SHA1 over the body; Twilio signs the URL + decoded parameters)" \
                if cls == "TwilioBenchmark" else ""
            checks.append("%s: %s%s: %s" % (PROVIDER[cls], ", ".join(figures), note, verdict(ok)))
    out.append(("verify alone within %.1fx of the JCA HMAC floor from 2 KB up (ours verify ÷ floor)"
                % VERIFY_WITHIN_FLOOR, checks))

    # 5. allocation per verified, parsed delivery <= 2 x body + 8 KB
    checks = []
    for cls in PROVIDER:
        figures, ok, seen = [], True, False
        for size in sizes_of(cls):
            limit = ALLOC_BODY_FACTOR * body_bytes(size) + ALLOC_OVERHEAD
            measured = [r["alloc"] for r in (get(cls, "oursVerifyAndParse", size), get(cls, "oursPipeline", size))
                        if r and r["alloc"] is not None]
            if not measured:
                continue
            seen = True
            worst = max(measured)
            ok = ok and worst <= limit
            figures.append("%s %s (limit %s)" % (size, " / ".join(fmt_bytes(m) for m in measured), fmt_bytes(limit)))
        if seen:
            checks.append("%s: %s: %s" % (PROVIDER[cls], "; ".join(figures), verdict(ok)))
    out.append(("allocation per verified, parsed delivery at most %dx the body + %d KB, every provider and size "
                "(B/op of verify + parse / of Webhooks.handle, both must be within)" % (ALLOC_BODY_FACTOR, ALLOC_OVERHEAD // 1024),
                checks))

    # 6. HTTP load: another tool
    out.append(("HTTP load at least 0.9 of the bare servlet's throughput",
                ["not measured by JMH: benchmarks/load/run.sh prints the ratio"]))
    return out


def main(path):
    results = load(path)
    sizes = sorted({k[2] for k in results}, key=size_key)
    warning = short_run_warning(results)
    if warning:
        print(warning)
        print()
    print("\n".join(table(results, sizes)))
    checks = goals(results, sizes)
    met = sum(1 for _, lines in checks for line in lines if line.endswith(": met"))
    missed = sum(1 for _, lines in checks for line in lines if line.endswith("**not met**"))
    print()
    print("Goals of issue 18 (aims, not assertions; GitHub, Stripe and Twilio judged on Webhooks.handle, Shopify and"
          " PagerDuty on verify + parse, as the goals name them):")
    for number, (title, lines) in enumerate(checks, 1):
        print("%d. %s" % (number, title))
        for line in lines or ["not measured in this run"]:
            print("   - " + line)
    print()
    print("%d checks met, %d not met." % (met, missed))
    if warning:
        print(warning)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
