package io.webhooks4j.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * GitHub {@code push} with N commits, a GitHub {@code pull_request} ({@code opened}) with N labels, a Shopify
 * {@code orders/create} order with N line items, a PagerDuty V3 {@code incident.triggered} with N assignees, a
 * Twilio incoming-message form post with add-on results. Each generator takes the largest N whose body fits the
 * target and pads one free-text field up to the exact byte count, so "2KB" is 2,048 bytes for every provider.
 * Ours and theirs are always given the same bytes.
 *
 * <p>The shapes follow the providers' documented payloads (Stripe API version {@code 2026-07-29.dahlia},
 * GitHub's push and pull_request events, Shopify's order webhook, PagerDuty's V3 webhook envelope, Twilio's
 * messaging webhook parameters); every value is invented. JSON is compact, as GitHub, Shopify and PagerDuty send
 * it, except Stripe's, which is pretty-printed as Stripe sends it.
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
     * A GitHub {@code pull_request} event with action {@code opened}, compact as GitHub sends it, of exactly {@code
     * targetBytes} bytes: the pull request with its user, assignees, requested reviewers, labels and head and base
     * (each with its user and full repository), the repository, organization, sender and installation, every
     * user and repository with the full set of API URLs GitHub sends. It grows by labels; {@code 28KB} (28,672 B)
     * is the size of a typical pull_request.opened delivery.
     */
    public static String githubPullRequestOpened(int targetBytes) {
        return fit(targetBytes, Payloads::githubPullRequestOpened);
    }

    private static String githubPullRequestOpened(int labels, String pad) {
        String org = "acme-robotics";
        String author = "ines-moreau";
        String repo = "rover-firmware";
        String orgUser = githubUser(org, 91200417, "Organization");
        String authorUser = githubUser(author, 4811902, "User");
        String reviewer = githubUser("tomas-lindqvist", 3307781, "User");
        String baseRepo = githubRepository(org, repo, 734551208, "R_kgDOK8iqqA", orgUser, false);
        String headRepo = githubRepository(author, repo, 734990012, "R_kgDOK8-wvA", authorUser, true);
        StringJoiner labelList = new StringJoiner(",");
        for (int i = 0; i < labels; i++) {
            String seq = String.format("%04d", i);
            labelList.add(compact(GITHUB_LABEL)
                    .replace("${id}", Long.toString(6102299870L + i))
                    .replace("${seq}", seq)
                    .replace("${org}", org)
                    .replace("${repo}", repo)
                    .replace("${color}", String.format("%06x", (0x1d76db + 7919 * i) & 0xffffff)));
        }
        String head = sha("pull/head");
        return compact(GITHUB_PULL_REQUEST)
                .replace("${author}", authorUser)
                .replace("${reviewer}", reviewer)
                .replace("${orgUser}", orgUser)
                .replace("${headRepo}", headRepo)
                .replace("${baseRepo}", baseRepo)
                .replace("${labels}", labelList.toString())
                .replace("${head}", head)
                .replace("${base}", sha("pull/base"))
                .replace("${org}", org)
                .replace("${repo}", repo)
                .replace("${pad}", pad);
    }

    private static String githubUser(String login, long id, String type) {
        return compact(GITHUB_USER)
                .replace("${login}", login)
                .replace("${id}", Long.toString(id))
                .replace("${node}", "U_kgDO" + id)
                .replace("${type}", type);
    }

    private static String githubRepository(
            String owner, String name, long id, String nodeId, String ownerUser, boolean fork) {
        return compact(GITHUB_REPOSITORY)
                .replace("${full}", owner + "/" + name)
                .replace("${name}", name)
                .replace("${id}", Long.toString(id))
                .replace("${node}", nodeId)
                .replace("${fork}", Boolean.toString(fork))
                .replace("${owner}", ownerUser);
    }

    private static final String GITHUB_PULL_REQUEST = """
            {
              "action": "opened",
              "number": 212,
              "pull_request": {
                "url": "https://api.github.com/repos/${org}/${repo}/pulls/212",
                "id": 2219873301,
                "node_id": "PR_kwDOK8iqqM6EUyUV",
                "html_url": "https://github.com/${org}/${repo}/pull/212",
                "diff_url": "https://github.com/${org}/${repo}/pull/212.diff",
                "patch_url": "https://github.com/${org}/${repo}/pull/212.patch",
                "issue_url": "https://api.github.com/repos/${org}/${repo}/issues/212",
                "number": 212,
                "state": "open",
                "locked": false,
                "title": "Ramp PWM duty cycle on motor start",
                "user": ${author},
                "body": "Soft-starts the drive motors over 150 ms so the bus voltage stops dipping.\\n\\nCloses #208.${pad}",
                "created_at": "2026-11-27T10:58:12Z",
                "updated_at": "2026-11-27T11:02:40Z",
                "closed_at": null,
                "merged_at": null,
                "merge_commit_sha": null,
                "assignee": ${author},
                "assignees": [${author}],
                "requested_reviewers": [${reviewer}],
                "requested_teams": [],
                "labels": [${labels}],
                "milestone": null,
                "draft": false,
                "commits_url": "https://api.github.com/repos/${org}/${repo}/pulls/212/commits",
                "review_comments_url": "https://api.github.com/repos/${org}/${repo}/pulls/212/comments",
                "review_comment_url": "https://api.github.com/repos/${org}/${repo}/pulls/comments{/number}",
                "comments_url": "https://api.github.com/repos/${org}/${repo}/issues/212/comments",
                "statuses_url": "https://api.github.com/repos/${org}/${repo}/statuses/${head}",
                "head": {
                  "label": "ines-moreau:pwm-soft-start",
                  "ref": "pwm-soft-start",
                  "sha": "${head}",
                  "user": ${author},
                  "repo": ${headRepo}
                },
                "base": {
                  "label": "${org}:main",
                  "ref": "main",
                  "sha": "${base}",
                  "user": ${orgUser},
                  "repo": ${baseRepo}
                },
                "_links": {
                  "self": {"href": "https://api.github.com/repos/${org}/${repo}/pulls/212"},
                  "html": {"href": "https://github.com/${org}/${repo}/pull/212"},
                  "issue": {"href": "https://api.github.com/repos/${org}/${repo}/issues/212"},
                  "comments": {"href": "https://api.github.com/repos/${org}/${repo}/issues/212/comments"},
                  "review_comments": {"href": "https://api.github.com/repos/${org}/${repo}/pulls/212/comments"},
                  "review_comment": {"href": "https://api.github.com/repos/${org}/${repo}/pulls/comments{/number}"},
                  "commits": {"href": "https://api.github.com/repos/${org}/${repo}/pulls/212/commits"},
                  "statuses": {"href": "https://api.github.com/repos/${org}/${repo}/statuses/${head}"}
                },
                "author_association": "CONTRIBUTOR",
                "auto_merge": null,
                "active_lock_reason": null,
                "merged": false,
                "mergeable": null,
                "rebaseable": null,
                "mergeable_state": "unknown",
                "merged_by": null,
                "comments": 0,
                "review_comments": 0,
                "maintainer_can_modify": true,
                "commits": 3,
                "additions": 48,
                "deletions": 11,
                "changed_files": 4
              },
              "repository": ${baseRepo},
              "organization": {
                "login": "${org}",
                "id": 91200417,
                "node_id": "O_kgDOBW-8IQ",
                "url": "https://api.github.com/orgs/${org}",
                "repos_url": "https://api.github.com/orgs/${org}/repos",
                "events_url": "https://api.github.com/orgs/${org}/events",
                "hooks_url": "https://api.github.com/orgs/${org}/hooks",
                "issues_url": "https://api.github.com/orgs/${org}/issues",
                "members_url": "https://api.github.com/orgs/${org}/members{/member}",
                "public_members_url": "https://api.github.com/orgs/${org}/public_members{/member}",
                "avatar_url": "https://avatars.githubusercontent.com/u/91200417?v=4",
                "description": "Firmware and tooling for small autonomous rovers"
              },
              "sender": ${author},
              "installation": {
                "id": 58203317,
                "node_id": "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNTgyMDMzMTc="
              }
            }
            """;

    private static final String GITHUB_USER = """
            {
              "login": "${login}",
              "id": ${id},
              "node_id": "${node}",
              "avatar_url": "https://avatars.githubusercontent.com/u/${id}?v=4",
              "gravatar_id": "",
              "url": "https://api.github.com/users/${login}",
              "html_url": "https://github.com/${login}",
              "followers_url": "https://api.github.com/users/${login}/followers",
              "following_url": "https://api.github.com/users/${login}/following{/other_user}",
              "gists_url": "https://api.github.com/users/${login}/gists{/gist_id}",
              "starred_url": "https://api.github.com/users/${login}/starred{/owner}{/repo}",
              "subscriptions_url": "https://api.github.com/users/${login}/subscriptions",
              "organizations_url": "https://api.github.com/users/${login}/orgs",
              "repos_url": "https://api.github.com/users/${login}/repos",
              "events_url": "https://api.github.com/users/${login}/events{/privacy}",
              "received_events_url": "https://api.github.com/users/${login}/received_events",
              "type": "${type}",
              "user_view_type": "public",
              "site_admin": false
            }
            """;

    private static final String GITHUB_REPOSITORY = """
            {
              "id": ${id},
              "node_id": "${node}",
              "name": "${name}",
              "full_name": "${full}",
              "private": false,
              "owner": ${owner},
              "html_url": "https://github.com/${full}",
              "description": "Motor control and telemetry for the R2 rover",
              "fork": ${fork},
              "url": "https://api.github.com/repos/${full}",
              "forks_url": "https://api.github.com/repos/${full}/forks",
              "keys_url": "https://api.github.com/repos/${full}/keys{/key_id}",
              "collaborators_url": "https://api.github.com/repos/${full}/collaborators{/collaborator}",
              "teams_url": "https://api.github.com/repos/${full}/teams",
              "hooks_url": "https://api.github.com/repos/${full}/hooks",
              "issue_events_url": "https://api.github.com/repos/${full}/issues/events{/number}",
              "events_url": "https://api.github.com/repos/${full}/events",
              "assignees_url": "https://api.github.com/repos/${full}/assignees{/user}",
              "branches_url": "https://api.github.com/repos/${full}/branches{/branch}",
              "tags_url": "https://api.github.com/repos/${full}/tags",
              "blobs_url": "https://api.github.com/repos/${full}/git/blobs{/sha}",
              "git_tags_url": "https://api.github.com/repos/${full}/git/tags{/sha}",
              "git_refs_url": "https://api.github.com/repos/${full}/git/refs{/sha}",
              "trees_url": "https://api.github.com/repos/${full}/git/trees{/sha}",
              "statuses_url": "https://api.github.com/repos/${full}/statuses/{sha}",
              "languages_url": "https://api.github.com/repos/${full}/languages",
              "stargazers_url": "https://api.github.com/repos/${full}/stargazers",
              "contributors_url": "https://api.github.com/repos/${full}/contributors",
              "subscribers_url": "https://api.github.com/repos/${full}/subscribers",
              "subscription_url": "https://api.github.com/repos/${full}/subscription",
              "commits_url": "https://api.github.com/repos/${full}/commits{/sha}",
              "git_commits_url": "https://api.github.com/repos/${full}/git/commits{/sha}",
              "comments_url": "https://api.github.com/repos/${full}/comments{/number}",
              "issue_comment_url": "https://api.github.com/repos/${full}/issues/comments{/number}",
              "contents_url": "https://api.github.com/repos/${full}/contents/{+path}",
              "compare_url": "https://api.github.com/repos/${full}/compare/{base}...{head}",
              "merges_url": "https://api.github.com/repos/${full}/merges",
              "archive_url": "https://api.github.com/repos/${full}/{archive_format}{/ref}",
              "downloads_url": "https://api.github.com/repos/${full}/downloads",
              "issues_url": "https://api.github.com/repos/${full}/issues{/number}",
              "pulls_url": "https://api.github.com/repos/${full}/pulls{/number}",
              "milestones_url": "https://api.github.com/repos/${full}/milestones{/number}",
              "notifications_url": "https://api.github.com/repos/${full}/notifications{?since,all,participating}",
              "labels_url": "https://api.github.com/repos/${full}/labels{/name}",
              "releases_url": "https://api.github.com/repos/${full}/releases{/id}",
              "deployments_url": "https://api.github.com/repos/${full}/deployments",
              "created_at": "2023-12-19T15:52:01Z",
              "updated_at": "2026-11-20T08:14:33Z",
              "pushed_at": "2026-11-27T11:24:01Z",
              "git_url": "git://github.com/${full}.git",
              "ssh_url": "git@github.com:${full}.git",
              "clone_url": "https://github.com/${full}.git",
              "svn_url": "https://github.com/${full}",
              "homepage": null,
              "size": 18342,
              "stargazers_count": 57,
              "watchers_count": 57,
              "language": "C++",
              "has_issues": true,
              "has_projects": true,
              "has_downloads": true,
              "has_wiki": false,
              "has_pages": false,
              "has_discussions": false,
              "forks_count": 9,
              "mirror_url": null,
              "archived": false,
              "disabled": false,
              "open_issues_count": 14,
              "license": {
                "key": "apache-2.0",
                "name": "Apache License 2.0",
                "spdx_id": "Apache-2.0",
                "url": "https://api.github.com/licenses/apache-2.0",
                "node_id": "MDc6TGljZW5zZTI="
              },
              "allow_forking": true,
              "is_template": false,
              "web_commit_signoff_required": false,
              "topics": ["embedded", "robotics", "telemetry"],
              "visibility": "public",
              "forks": 9,
              "open_issues": 14,
              "watchers": 57,
              "default_branch": "main",
              "allow_squash_merge": true,
              "allow_merge_commit": false,
              "allow_rebase_merge": true,
              "allow_auto_merge": false,
              "delete_branch_on_merge": true,
              "allow_update_branch": true,
              "use_squash_pr_title_as_default": true,
              "squash_merge_commit_message": "PR_BODY",
              "squash_merge_commit_title": "PR_TITLE",
              "merge_commit_message": "PR_TITLE",
              "merge_commit_title": "MERGE_MESSAGE",
              "custom_properties": {"team": "drivetrain"}
            }
            """;

    private static final String GITHUB_LABEL = """
            {
              "id": ${id},
              "node_id": "LA_kwDOK8iqqM8AAAAB${id}",
              "url": "https://api.github.com/repos/${org}/${repo}/labels/area:%20motor-${seq}",
              "name": "area: motor-${seq}",
              "color": "${color}",
              "default": false,
              "description": "Motor controller and PWM, part ${seq}"
            }
            """;

    /**
     * A Shopify {@code orders/create} order, compact as Shopify sends it, of exactly {@code targetBytes} bytes,
     * growing by line items. The full shape (the fields of the provider's own {@code orders-create.json} fixture,
     * after Shopify's documented order: scalars, money sets, customer with default address, billing and shipping
     * addresses, tax, discount and shipping lines; line items with their price sets, tax lines, properties and
     * discount allocations) is about 5.8 KB with one line item and 1.1 KB per further one. A target it does not
     * fit (2 KB) gets the lean shape: the same top-level scalars but the status URL, and line items, without the
     * money sets, customer, addresses and the tax, discount and shipping lines (2 KB with one line item).
     */
    public static String shopifyOrderCreate(int targetBytes) {
        if (utf8Length(shopifyOrder(1, "", true)) <= targetBytes) {
            return fit(targetBytes, (n, pad) -> shopifyOrder(n, pad, true));
        }
        return fit(targetBytes, (n, pad) -> shopifyOrder(n, pad, false));
    }

    private static String shopifyOrder(int lineItems, String pad, boolean full) {
        StringJoiner items = new StringJoiner(",");
        BigDecimal subtotal = BigDecimal.ZERO;
        int grams = 0;
        for (int i = 0; i < lineItems; i++) {
            int quantity = 1 + i % 3;
            BigDecimal price = new BigDecimal(1250 + (i * 37) % 4000).movePointLeft(2);
            BigDecimal line = price.multiply(BigDecimal.valueOf(quantity));
            subtotal = subtotal.add(line);
            grams += 450 * quantity;
            String seq = String.format("%05d", i);
            items.add(compact(SHOPIFY_LINE_ITEM)
                    .replace("${extra}", full ? compact(SHOPIFY_LINE_ITEM_SETS) : "")
                    .replace("${id}", Long.toString(14512348807273L + 32768L * i))
                    .replace("${product}", Long.toString(8834127610217L + i))
                    .replace("${variant}", Long.toString(46710923837289L + i))
                    .replace("${seq}", seq)
                    .replace("${quantity}", Integer.toString(quantity))
                    .replace("${price}", price.toPlainString())
                    .replace("${tax}", tva(line).toPlainString()));
        }
        BigDecimal shipping = new BigDecimal("5.90");
        BigDecimal total = subtotal.add(shipping);
        return compact(SHOPIFY_ORDER)
                .replace("${extra}", full ? compact(SHOPIFY_ORDER_SECTIONS) : "")
                .replace("${items}", items.toString())
                .replace("${subtotal}", subtotal.toPlainString())
                .replace("${total}", total.toPlainString())
                .replace("${tax}", tva(total).toPlainString())
                .replace("${shipping}", shipping.toPlainString())
                .replace("${weight}", Integer.toString(grams))
                .replace("${pad}", pad);
    }

    /** The VAT included in a price at 20%. */
    private static BigDecimal tva(BigDecimal gross) {
        return gross.divide(BigDecimal.valueOf(6), 2, RoundingMode.HALF_EVEN);
    }

    private static final String SHOPIFY_ORDER = """
            {
              "id": 5931844223081,
              "admin_graphql_api_id": "gid://shopify/Order/5931844223081",
              "app_id": 580111,
              "browser_ip": "203.0.113.24",
              "buyer_accepts_marketing": false,
              "cancel_reason": null,
              "cancelled_at": null,
              "cart_token": "Z2NwLWV1cm9wZS13ZXN0MTowMUpD",
              "checkout_id": 37120385171561,
              "checkout_token": "c1e3b9f0a4d2e6f8a0b2c4d6e8f0a2b4",
              "closed_at": null,
              "confirmed": true,
              "contact_email": "ines.moreau@example.org",
              "created_at": "2026-11-27T13:41:07+01:00",
              "currency": "EUR",
              "current_subtotal_price": "${subtotal}",
              "current_total_discounts": "0.00",
              "current_total_price": "${total}",
              "current_total_tax": "${tax}",
              "customer_locale": "fr-FR",
              "email": "ines.moreau@example.org",
              "estimated_taxes": false,
              "financial_status": "paid",
              "fulfillment_status": null,
              "name": "#1042",
              "note": "Merci de laisser le colis chez la gardienne.${pad}",
              "number": 42,
              "order_number": 1042,
              "payment_gateway_names": ["shopify_payments"],
              "phone": null,
              "presentment_currency": "EUR",
              "processed_at": "2026-11-27T13:41:05+01:00",
              "source_name": "web",
              "subtotal_price": "${subtotal}",
              "tags": "",
              "tax_exempt": false,
              "taxes_included": true,
              "test": false,
              "token": "4b7f0c2d9e1a3b5c7d9e1f3a5b7c9d1e",
              "total_discounts": "0.00",
              "total_line_items_price": "${subtotal}",
              "total_outstanding": "0.00",
              "total_price": "${total}",
              "total_tax": "${tax}",
              "total_tip_received": "0.00",
              "total_weight": ${weight},
              "updated_at": "2026-11-27T13:41:08+01:00",
              "user_id": null,${extra}
              "line_items": [${items}],
              "payment_terms": null,
              "fulfillments": [],
              "refunds": [],
              "returns": []
            }
            """;

    /** The parts of a full order that the lean one leaves out (each ends with a comma). */
    private static final String SHOPIFY_ORDER_SECTIONS = """
              "order_status_url": "https://maple-and-moss.myshopify.com/71234567/orders/4b7f0c2d/authenticate?key=d41d8cd9",
              "discount_codes": [],
              "note_attributes": [{"name": "gift_wrap", "value": "yes"}],
              "subtotal_price_set": {
                "shop_money": {"amount": "${subtotal}", "currency_code": "EUR"},
                "presentment_money": {"amount": "${subtotal}", "currency_code": "EUR"}
              },
              "tax_lines": [{
                "price": "${tax}",
                "rate": 0.2,
                "title": "TVA",
                "price_set": {
                  "shop_money": {"amount": "${tax}", "currency_code": "EUR"},
                  "presentment_money": {"amount": "${tax}", "currency_code": "EUR"}
                },
                "channel_liable": false
              }],
              "total_discounts_set": {
                "shop_money": {"amount": "0.00", "currency_code": "EUR"},
                "presentment_money": {"amount": "0.00", "currency_code": "EUR"}
              },
              "total_line_items_price_set": {
                "shop_money": {"amount": "${subtotal}", "currency_code": "EUR"},
                "presentment_money": {"amount": "${subtotal}", "currency_code": "EUR"}
              },
              "total_price_set": {
                "shop_money": {"amount": "${total}", "currency_code": "EUR"},
                "presentment_money": {"amount": "${total}", "currency_code": "EUR"}
              },
              "total_shipping_price_set": {
                "shop_money": {"amount": "${shipping}", "currency_code": "EUR"},
                "presentment_money": {"amount": "${shipping}", "currency_code": "EUR"}
              },
              "total_tax_set": {
                "shop_money": {"amount": "${tax}", "currency_code": "EUR"},
                "presentment_money": {"amount": "${tax}", "currency_code": "EUR"}
              },
              "billing_address": {
                "first_name": "Inès",
                "last_name": "Moreau",
                "name": "Inès Moreau",
                "company": null,
                "address1": "12 rue des Lilas",
                "address2": "Bâtiment B",
                "city": "Lyon",
                "province": null,
                "province_code": null,
                "country": "France",
                "country_code": "FR",
                "zip": "69003",
                "phone": "+33 4 72 00 00 00",
                "latitude": 45.7597,
                "longitude": 4.8422
              },
              "customer": {
                "id": 7718231457897,
                "email": "ines.moreau@example.org",
                "created_at": "2025-03-02T09:12:44+01:00",
                "updated_at": "2026-11-27T13:41:06+01:00",
                "first_name": "Inès",
                "last_name": "Moreau",
                "state": "enabled",
                "note": null,
                "verified_email": true,
                "multipass_identifier": null,
                "tax_exempt": false,
                "phone": null,
                "currency": "EUR",
                "tax_exemptions": [],
                "admin_graphql_api_id": "gid://shopify/Customer/7718231457897",
                "default_address": {
                  "id": 9412087562345,
                  "customer_id": 7718231457897,
                  "first_name": "Inès",
                  "last_name": "Moreau",
                  "company": null,
                  "address1": "12 rue des Lilas",
                  "address2": "Bâtiment B",
                  "city": "Lyon",
                  "province": null,
                  "country": "France",
                  "zip": "69003",
                  "phone": "+33 4 72 00 00 00",
                  "name": "Inès Moreau",
                  "province_code": null,
                  "country_code": "FR",
                  "country_name": "France",
                  "default": true
                }
              },
              "discount_applications": [],
              "shipping_address": {
                "first_name": "Inès",
                "last_name": "Moreau",
                "name": "Inès Moreau",
                "company": null,
                "address1": "12 rue des Lilas",
                "address2": "Bâtiment B",
                "city": "Lyon",
                "province": null,
                "province_code": null,
                "country": "France",
                "country_code": "FR",
                "zip": "69003",
                "phone": "+33 4 72 00 00 00",
                "latitude": 45.7597,
                "longitude": 4.8422
              },
              "shipping_lines": [{
                "id": 4923178463337,
                "carrier_identifier": null,
                "code": "Colissimo",
                "discounted_price": "${shipping}",
                "discounted_price_set": {
                  "shop_money": {"amount": "${shipping}", "currency_code": "EUR"},
                  "presentment_money": {"amount": "${shipping}", "currency_code": "EUR"}
                },
                "is_removed": false,
                "phone": null,
                "price": "${shipping}",
                "price_set": {
                  "shop_money": {"amount": "${shipping}", "currency_code": "EUR"},
                  "presentment_money": {"amount": "${shipping}", "currency_code": "EUR"}
                },
                "requested_fulfillment_service_id": null,
                "source": "shopify",
                "title": "Colissimo Domicile",
                "tax_lines": [],
                "discount_allocations": []
              }],
            """;

    private static final String SHOPIFY_LINE_ITEM = """
            {
              "id": ${id},
              "admin_graphql_api_id": "gid://shopify/LineItem/${id}",
              "current_quantity": ${quantity},
              "fulfillable_quantity": ${quantity},
              "fulfillment_service": "manual",
              "fulfillment_status": null,
              "gift_card": false,
              "grams": 450,
              "name": "Théière en fonte ${seq} - Noir",
              "price": "${price}",
              "product_exists": true,
              "product_id": ${product},
              "quantity": ${quantity},
              "requires_shipping": true,
              "sku": "TEA-POT-${seq}",
              "taxable": true,
              "title": "Théière en fonte ${seq}",
              "total_discount": "0.00",
              "variant_id": ${variant},
              "variant_inventory_management": "shopify",
              "variant_title": "Noir",${extra}
              "vendor": "Maple & Moss"
            }
            """;

    /** The parts of a full line item that the lean one leaves out (ends with a comma). */
    private static final String SHOPIFY_LINE_ITEM_SETS = """
              "price_set": {
                "shop_money": {"amount": "${price}", "currency_code": "EUR"},
                "presentment_money": {"amount": "${price}", "currency_code": "EUR"}
              },
              "properties": [{"name": "Gravure", "value": "À toi ☕"}],
              "total_discount_set": {
                "shop_money": {"amount": "0.00", "currency_code": "EUR"},
                "presentment_money": {"amount": "0.00", "currency_code": "EUR"}
              },
              "tax_lines": [{
                "channel_liable": false,
                "price": "${tax}",
                "price_set": {
                  "shop_money": {"amount": "${tax}", "currency_code": "EUR"},
                  "presentment_money": {"amount": "${tax}", "currency_code": "EUR"}
                },
                "rate": 0.2,
                "title": "TVA"
              }],
              "duties": [],
              "discount_allocations": [],
            """;

    /**
     * A PagerDuty V3 {@code incident.triggered} webhook ({@code {"event": {..., "data": <incident>}}}), compact as
     * PagerDuty sends it, of exactly {@code targetBytes} bytes, growing by assignees. PagerDuty itself delivers
     * at most 256 KB (it drops larger payloads), so the 500 KB body is beyond what it sends: kept for the
     * side-by-side scaling.
     */
    public static String pagerDutyIncidentTriggered(int targetBytes) {
        return fit(targetBytes, Payloads::pagerDutyIncidentTriggered);
    }

    private static String pagerDutyIncidentTriggered(int assignees, String pad) {
        StringJoiner list = new StringJoiner(",");
        for (int i = 0; i < assignees; i++) {
            String id = String.format("PA%05d", i);
            list.add(compact(PAGERDUTY_USER).replace("${id}", id).replace("${n}", Integer.toString(i + 1)));
        }
        return compact(PAGERDUTY_INCIDENT_TRIGGERED)
                .replace("${assignees}", list.toString())
                .replace("${pad}", pad);
    }

    private static final String PAGERDUTY_INCIDENT_TRIGGERED = """
            {
              "event": {
                "id": "01JDQ8Z6R301K4M7N9P2Q5S8T",
                "event_type": "incident.triggered",
                "resource_type": "incident",
                "occurred_at": "2026-11-27T11:52:03.107Z",
                "agent": {
                  "html_url": "https://northwind.pagerduty.com/service-directory/PSVC7QX",
                  "id": "PSVC7QX",
                  "self": "https://api.pagerduty.com/services/PSVC7QX",
                  "summary": "Checkout API",
                  "type": "service_reference"
                },
                "client": {"name": "Datadog"},
                "data": {
                  "id": "Q2WX7TRGKD9ZM1",
                  "type": "incident",
                  "self": "https://api.pagerduty.com/incidents/Q2WX7TRGKD9ZM1",
                  "html_url": "https://northwind.pagerduty.com/incidents/Q2WX7TRGKD9ZM1",
                  "number": 4711,
                  "status": "triggered",
                  "incident_key": "checkout-latency-eu-west-1",
                  "created_at": "2026-11-27T11:52:03Z",
                  "title": "Checkout latency p99 above 2s — café region 🔥${pad}",
                  "incident_type": {"name": "incident_default"},
                  "service": {
                    "html_url": "https://northwind.pagerduty.com/service-directory/PSVC7QX",
                    "id": "PSVC7QX",
                    "self": "https://api.pagerduty.com/services/PSVC7QX",
                    "summary": "Checkout API",
                    "type": "service_reference"
                  },
                  "assignees": [${assignees}],
                  "escalation_policy": {
                    "html_url": "https://northwind.pagerduty.com/escalation_policies/PEP0L1C",
                    "id": "PEP0L1C",
                    "self": "https://api.pagerduty.com/escalation_policies/PEP0L1C",
                    "summary": "Checkout On-Call",
                    "type": "escalation_policy_reference"
                  },
                  "teams": [{
                    "html_url": "https://northwind.pagerduty.com/teams/PTEAM9Z",
                    "id": "PTEAM9Z",
                    "self": "https://api.pagerduty.com/teams/PTEAM9Z",
                    "summary": "Commerce Platform",
                    "type": "team_reference"
                  }],
                  "priority": {
                    "html_url": "https://northwind.pagerduty.com/account/incident_priorities",
                    "id": "PPRI0P2",
                    "self": "https://api.pagerduty.com/priorities/PPRI0P2",
                    "summary": "P2",
                    "type": "priority_reference"
                  },
                  "urgency": "high",
                  "conference_bridge": {
                    "conference_number": "+1 415-555-0134,,88120443#",
                    "conference_url": "https://meet.example.com/checkout-war-room"
                  },
                  "resolve_reason": null
                }
              }
            }
            """;

    private static final String PAGERDUTY_USER = """
            {
              "html_url": "https://northwind.pagerduty.com/users/${id}",
              "id": "${id}",
              "self": "https://api.pagerduty.com/users/${id}",
              "summary": "On-call responder ${n}",
              "type": "user_reference"
            }
            """;

    /** {@code json} without the whitespace between tokens (strings are kept as they are). */
    static String compact(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }

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
