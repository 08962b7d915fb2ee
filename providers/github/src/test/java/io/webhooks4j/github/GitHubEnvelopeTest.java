package io.webhooks4j.github;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.Keyring;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.github.event.CheckSuiteEvent;
import io.webhooks4j.github.event.MergeMethod;
import io.webhooks4j.github.event.PullRequest;
import io.webhooks4j.github.event.PullRequestEvent;
import io.webhooks4j.github.event.PushEvent;
import io.webhooks4j.github.event.State;
import io.webhooks4j.spi.ProviderBuilder;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.test.kit.LoggedWarnings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Issue #16: named missing secrets, token-shaped secrets, the JSON rendering, payloadAs, typed fields, helpers. */
class GitHubEnvelopeTest {
    private static final JsonMapper PLAIN = new JsonMapper();

    @RegisterExtension
    final LoggedWarnings warnings = LoggedWarnings.of(ProviderBuilder.class);

    private static <T> GitHubEvent<?> parse(String event, String body) {
        GitHubProvider provider = GitHubProvider.create(Fixtures.SECRET);
        WebhookRequest request = provider.sign(Fixtures.unsigned(event, RawBody.ofUtf8(body)));
        return provider.parse(request, provider.verify(request));
    }

    @Test
    void everyGitHubTokenShapeGivenAsTheSecretIsWarnedAboutByKeyIdOnly() {
        List<String> tokens = List.of(
                "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
                "gho_16C7e42F292c6912E7710c838347Ae178B4a",
                "ghu_16C7e42F292c6912E7710c838347Ae178B4a",
                "ghs_16C7e42F292c6912E7710c838347Ae178B4a",
                "ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498",
                "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123");
        for (String token : tokens) {
            warnings.clear();
            GitHubProvider.create(Fixtures.SECRET, token);
            assertThat(warnings.messages()).as(token).singleElement().satisfies(w -> assertThat(w)
                    .contains("'key-2'", "GitHub token")
                    .doesNotContain(token)
                    .doesNotContain(token.substring(0, 4))
                    .doesNotContain(Fixtures.SECRET));
        }
    }

    @Test
    void aKeyringWithATokenIsWarnedAboutToo() {
        GitHubProvider.builder()
                .keyring(Keyring.builder()
                        .add("ci", "ghp_16C7e42F292c6912E7710c838347Ae178B4a")
                        .build())
                .build();
        assertThat(warnings.messages()).singleElement().asString().contains("'ci'");
    }

    @Test
    void ordinaryWebhookSecretsAreNotWarnedAbout() {
        GitHubProvider.create(Fixtures.SECRET, Fixtures.OTHER_SECRET, "github-hook-secret", "ghp-not-a-token");
        assertThat(warnings.messages()).isEmpty();
    }

    @Test
    void theEnvelopeRendersAsJsonWithItsKeyFields() throws Exception {
        GitHubEvent<?> event =
                parse("pull_request", Fixtures.body("pull_request.opened").utf8());
        JsonNode json = PLAIN.readTree(WebhookJson.write(event));
        assertThat(json.path("provider").asString()).isEqualTo("github");
        assertThat(json.path("type").asString()).isEqualTo("pull_request.opened");
        assertThat(json.path("event").asString()).isEqualTo("pull_request");
        assertThat(json.path("action").asString()).isEqualTo("opened");
        assertThat(json.path("deliveryId").asString()).isEqualTo(Fixtures.GUID + ":" + Fixtures.HOOK_ID);
        assertThat(json.path("deliveryGuid").asString()).isEqualTo(Fixtures.GUID);
        assertThat(json.path("hookId").asString()).isEqualTo(Fixtures.HOOK_ID);
        assertThat(json.path("installationTargetType").asString()).isEqualTo("repository");
        assertThat(json.path("installationTargetId").asString()).isEqualTo("734551208");
        assertThat(json.path("payload").path("number").asInt()).isEqualTo(212);
        assertThat(json.path("payload")
                        .path("pull_request")
                        .path("head")
                        .path("sha")
                        .asString())
                .isEqualTo("8f3c2a91d04be7751c6a0e9b3d2f41c7a55e9b10");
        assertThat(json.has("raw")).isFalse();
        List<String> names = new ArrayList<>();
        names.addAll(json.propertyNames());
        assertThat(names)
                .containsExactly(
                        "provider",
                        "type",
                        "event",
                        "action",
                        "deliveryId",
                        "deliveryGuid",
                        "hookId",
                        "installationTargetType",
                        "installationTargetId",
                        "installationId",
                        "payload");
        assertThat(json.path("installationId").asLong())
                .isEqualTo(event.installationId())
                .isPositive();
    }

    @Test
    void anUnmodelledEventRendersItsPayloadAsSent() throws Exception {
        GitHubEvent<?> event = parse("rover_telemetry", "{\"volts\":11.10,\"installation\":{\"id\":42}}");
        JsonNode json = PLAIN.readTree(WebhookJson.write(event));
        assertThat(json.path("type").asString()).isEqualTo("rover_telemetry");
        assertThat(json.has("action")).isFalse();
        assertThat(json.path("installationId").asLong()).isEqualTo(42L);
        assertThat(json.path("payload").path("volts").decimalValue()).isEqualByComparingTo("11.10");
        assertThat(event.toString()).doesNotContain("11.1");
    }

    record MyPush(String ref, String after) {}

    @Test
    void payloadAsBindsThePayloadToTheCallersType() {
        GitHubEvent<?> event = parse("push", Fixtures.body("push").utf8());
        MyPush mine = event.payloadAs(MyPush.class);
        assertThat(mine.ref()).isEqualTo("refs/heads/main");
        assertThat(mine.after()).isEqualTo("8f3c2a91d04be7751c6a0e9b3d2f41c7a55e9b10");
        GitHubEvent<?> odd = parse("rover_telemetry", "{\"ref\":[1]}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> odd.payloadAs(MyPush.class))
                .isInstanceOf(WebhookParseException.class);
    }

    @Test
    void pushNamesItsBranchOrTag() {
        PushEvent branch =
                (PushEvent) parse("push", Fixtures.body("push").utf8()).payload();
        assertThat(branch.branchName()).contains("main");
        assertThat(branch.tagName()).isEmpty();
        PushEvent nested = (PushEvent)
                parse("push", "{\"ref\":\"refs/heads/feature/ramp-150ms\"}").payload();
        assertThat(nested.branchName()).contains("feature/ramp-150ms");
        PushEvent tag =
                (PushEvent) parse("push", "{\"ref\":\"refs/tags/v0.9.1\"}").payload();
        assertThat(tag.tagName()).contains("v0.9.1");
        assertThat(tag.branchName()).isEmpty();
        for (String ref : new String[] {"{\"ref\":\"refs/heads/\"}", "{\"ref\":\"main\"}", "{}"}) {
            PushEvent other = (PushEvent) parse("push", ref).payload();
            assertThat(other.branchName()).as(ref).isEmpty();
            assertThat(other.tagName()).as(ref).isEmpty();
        }
    }

    @Test
    void requestedTeamsMilestoneAndAutoMergeAreTyped() throws Exception {
        // field names and values as in octokit/webhooks payload-schemas common/team, milestone and auto-merge
        ObjectNode root =
                (ObjectNode) PLAIN.readTree(Fixtures.body("pull_request.opened").utf8());
        ObjectNode pr = (ObjectNode) root.get("pull_request");
        pr.set(
                "requested_teams",
                PLAIN.readTree(
                        "[{\"name\":\"Firmware\",\"id\":7720011,\"node_id\":\"T_kwDOBfirm\",\"slug\":\"firmware\","
                                + "\"description\":null,\"privacy\":\"closed\",\"notification_setting\":\"notifications_enabled\","
                                + "\"url\":\"https://api.github.com/teams/7720011\",\"html_url\":\"https://github.com/orgs/"
                                + "acme-robotics/teams/firmware\",\"members_url\":\"https://api.github.com/teams/7720011/members"
                                + "{/member}\",\"repositories_url\":\"https://api.github.com/teams/7720011/repos\","
                                + "\"permission\":\"push\",\"parent\":{\"name\":\"Engineering\",\"id\":7720001,"
                                + "\"slug\":\"engineering\"}}]"));
        pr.set(
                "milestone",
                PLAIN.readTree(
                        "{\"id\":11920334,\"node_id\":\"MI_kwDOK8iqqM4Atd8O\",\"number\":3,\"title\":\"v0.9\","
                                + "\"description\":\"Motor ramp\",\"state\":\"open\",\"creator\":{\"login\":\"ines-moreau\","
                                + "\"id\":5512093},\"open_issues\":4,\"closed_issues\":9,\"created_at\":\"2026-10-01T09:00:00Z\","
                                + "\"updated_at\":\"2026-11-20T08:00:00Z\",\"due_on\":\"2026-12-15T08:00:00Z\",\"closed_at\":null}"));
        pr.set(
                "auto_merge",
                PLAIN.readTree("{\"enabled_by\":{\"login\":\"ines-moreau\",\"id\":5512093},\"merge_method\":\"squash\","
                        + "\"commit_title\":\"Tune ramp (#212)\",\"commit_message\":null}"));
        PullRequest pull =
                ((PullRequestEvent) parse("pull_request", root.toString()).payload()).pullRequest();
        assertThat(pull.requestedTeams()).singleElement().satisfies(team -> {
            assertThat(team.slug()).isEqualTo("firmware");
            assertThat(team.id()).isEqualTo(7720011L);
            assertThat(team.privacy()).isEqualTo("closed");
            assertThat(team.permission()).isEqualTo("push");
            assertThat(team.parent().slug()).isEqualTo("engineering");
        });
        assertThat(pull.milestone().title()).isEqualTo("v0.9");
        assertThat(pull.milestone().state()).isEqualTo(State.OPEN);
        assertThat(pull.milestone().creator().login()).isEqualTo("ines-moreau");
        assertThat(pull.milestone().dueOn()).isEqualTo(Instant.parse("2026-12-15T08:00:00Z"));
        assertThat(pull.milestone().closedAt()).isNull();
        assertThat(pull.autoMerge().mergeMethod()).isEqualTo(MergeMethod.SQUASH);
        assertThat(pull.autoMerge().enabledBy().login()).isEqualTo("ines-moreau");
        assertThat(pull.autoMerge().commitTitle()).isEqualTo("Tune ramp (#212)");

        PullRequest plain = ((PullRequestEvent) parse(
                                "pull_request",
                                Fixtures.body("pull_request.opened").utf8())
                        .payload())
                .pullRequest();
        assertThat(plain.requestedTeams()).isEmpty();
        assertThat(plain.milestone()).isNull();
        assertThat(plain.autoMerge()).isNull();
        pr.set("auto_merge", PLAIN.readTree("{\"merge_method\":\"fast_forward\"}"));
        assertThat(((PullRequestEvent) parse("pull_request", root.toString()).payload())
                        .pullRequest()
                        .autoMerge()
                        .mergeMethod())
                .isEqualTo(MergeMethod.UNKNOWN);
    }

    @Test
    void checkSuiteHasItsHeadCommit() {
        CheckSuiteEvent suite = (CheckSuiteEvent)
                parse("check_suite", Fixtures.body("check_suite.completed").utf8())
                        .payload();
        assertThat(suite.checkSuite().headCommit().id()).isEqualTo("8f3c2a91d04be7751c6a0e9b3d2f41c7a55e9b10");
        assertThat(suite.checkSuite().headCommit().message()).isEqualTo("Tune ramp to 150 ms");
    }
}
