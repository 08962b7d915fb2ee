#!/usr/bin/env python3
"""Prints JMH's JSON result (benchmarks/run.sh) as one Markdown table.

For each benchmark and body size: the time per operation (and operations per second), the bytes allocated
per operation (-prof gc) and their ratio to the body size, the ratio to the HMAC floor of the same class and
size (1.00 = the cost of the cryptography alone), and how many times faster than the official SDK's
counterpart it is (above 1 = faster than the SDK). A few lines after the table check the goals of issue 12;
they are goals to aim at, not assertions.

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
    ("GitHubBenchmark", "oursPipeline", "ours: Webhooks.handle, no-op handler"),
    ("GitHubBenchmark", "theirsParse", "hub4j: parseEventPayload (parse only, no verification)"),
    ("TwilioBenchmark", "floor", "floor: JCA HmacSHA1 over the body"),
    ("TwilioBenchmark", "oursVerify", "ours: verify (form decoded from the raw body)"),
    ("TwilioBenchmark", "oursVerifyAndParse", "ours: verify + parse to IncomingMessage"),
    ("TwilioBenchmark", "oursPipeline", "ours: Webhooks.handle, no-op handler"),
    ("TwilioBenchmark", "theirsValidate", "twilio-java: RequestValidator.validate (params pre-decoded)"),
    ("StandardWebhooksBenchmark", "floor", "floor: JCA HmacSHA256 over the body"),
    ("StandardWebhooksBenchmark", "oursVerify", "ours: verify"),
    ("StandardWebhooksBenchmark", "oursVerifyAndParse", "ours: verify + parse to StandardWebhookEvent"),
    ("StandardWebhooksBenchmark", "theirsVerify", "standardwebhooks: Webhook.verify (reference)"),
]

# ours -> the official SDK's counterpart in the same class
SDK = {
    ("StripeBenchmark", "oursVerify"): "theirsVerify",
    ("StripeBenchmark", "oursVerifyAndParse"): "theirsVerifyAndParse",
    ("StripeBenchmark", "oursPipeline"): "theirsVerifyAndParse",
    ("GitHubBenchmark", "oursVerifyAndParse"): "theirsParse",
    ("GitHubBenchmark", "oursPipeline"): "theirsParse",
    ("TwilioBenchmark", "oursVerify"): "theirsValidate",
    ("TwilioBenchmark", "oursVerifyAndParse"): "theirsValidate",
    ("TwilioBenchmark", "oursPipeline"): "theirsValidate",
    ("StandardWebhooksBenchmark", "oursVerify"): "theirsVerify",
}

PROVIDER = {
    "StripeBenchmark": "Stripe invoice.paid",
    "GitHubBenchmark": "GitHub push",
    "TwilioBenchmark": "Twilio SMS form",
    "StandardWebhooksBenchmark": "Standard Webhooks",
}


def body_bytes(size):
    return int(size[:-2]) * 1024


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
        size = entry.get("params", {}).get("size", "?")
        primary = entry["primaryMetric"]
        us = to_microseconds(primary["score"], primary["scoreUnit"])
        err = primary.get("scoreError")
        err_us = None
        if isinstance(err, (int, float)) and err == err and primary["scoreUnit"].endswith("/op"):
            err_us = to_microseconds(err, primary["scoreUnit"])
        alloc = entry.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        results[(cls, method, size)] = {"us": us, "err": err_us, "alloc": alloc}
    return results


def fmt_time(us):
    return "%.2f" % us if us < 100 else "{:,.0f}".format(us)


def fmt_bytes(b):
    if b is None:
        return "n/a"
    return "{:,.0f}".format(b)


def main(path):
    results = load(path)
    sizes = sorted({k[2] for k in results}, key=lambda s: body_bytes(s) if s.endswith("KB") else 0)
    lines = [
        "| benchmark | body | us/op | ± | ops/s | B/op | B/op ÷ body | × floor | × faster than SDK |",
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
                sdk = SDK.get((cls, method))
                vs = ""
                if sdk and (cls, sdk, size) in results:
                    vs = "%.2f" % (results[(cls, sdk, size)]["us"] / r["us"])
                elif method.startswith("theirs"):
                    vs = "(SDK)"
                lines.append("| %s: %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                    PROVIDER[cls], label, size, fmt_time(r["us"]),
                    fmt_time(r["err"]) if r["err"] is not None else "",
                    "{:,.0f}".format(1e6 / r["us"]), fmt_bytes(r["alloc"]),
                    "%.2f" % (r["alloc"] / body) if r["alloc"] is not None else "n/a",
                    x_floor, vs))
    print("\n".join(lines))
    checks = goals(results, sizes)
    if checks:
        print()
        print("Goals (issue 12; aims, not assertions):")
        for line in checks:
            print("- " + line)


def goals(results, sizes):
    out = []

    def get(cls, method, size):
        return results.get((cls, method, size))

    for size in sizes:
        checks = []
        for cls in ("StripeBenchmark", "GitHubBenchmark", "TwilioBenchmark"):
            v, f = get(cls, "oursVerify", size), get(cls, "floor", size)
            if v and f:
                checks.append("%s %.2f" % (cls.replace("Benchmark", ""), v["us"] / f["us"]))
        if checks:
            out.append("verify within 1.3x of the HMAC floor at %s: %s" % (size, ", ".join(checks)))
    for size in sizes:
        o, t = get("StripeBenchmark", "oursVerifyAndParse", size), get("StripeBenchmark", "theirsVerifyAndParse", size)
        if o and t:
            out.append("Stripe verify + parse at least 4x faster than stripe-java at %s: %.2fx" % (size, t["us"] / o["us"]))
    for size in sizes:
        o, t = get("TwilioBenchmark", "oursVerify", size), get("TwilioBenchmark", "theirsValidate", size)
        if o and t:
            out.append("Twilio validation at least 2x faster than twilio-java at %s: %.2fx" % (size, t["us"] / o["us"]))
    for size in sizes:
        o, t = get("GitHubBenchmark", "oursVerifyAndParse", size), get("GitHubBenchmark", "theirsParse", size)
        if o and t:
            out.append("GitHub verify + parse faster than hub4j's parse alone at %s: %.2fx" % (size, t["us"] / o["us"]))
    allocs = []
    for cls in ("StripeBenchmark", "GitHubBenchmark", "TwilioBenchmark"):
        for size in sizes:
            r = get(cls, "oursVerifyAndParse", size)
            if r and r["alloc"] is not None:
                allocs.append("%s %s %.2f" % (cls.replace("Benchmark", ""), size, r["alloc"] / body_bytes(size)))
    if allocs:
        out.append("allocation per verified, parsed delivery within 3x the body (B/op ÷ body): " + ", ".join(allocs))
    return out


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
