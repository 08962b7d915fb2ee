package io.webhooks4j.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.github.event.CheckConclusion;
import io.webhooks4j.github.event.CheckRunEvent;
import io.webhooks4j.github.event.CheckStatus;
import io.webhooks4j.github.event.CheckSuiteEvent;
import io.webhooks4j.github.event.CodeScanningAlertEvent;
import io.webhooks4j.github.event.Commit;
import io.webhooks4j.github.event.CreateEvent;
import io.webhooks4j.github.event.DeleteEvent;
import io.webhooks4j.github.event.DependabotAlertEvent;
import io.webhooks4j.github.event.DeploymentEvent;
import io.webhooks4j.github.event.DeploymentStatusEvent;
import io.webhooks4j.github.event.ForkEvent;
import io.webhooks4j.github.event.GollumEvent;
import io.webhooks4j.github.event.InstallationEvent;
import io.webhooks4j.github.event.InstallationRepositoriesEvent;
import io.webhooks4j.github.event.IssueCommentEvent;
import io.webhooks4j.github.event.IssuesEvent;
import io.webhooks4j.github.event.MemberEvent;
import io.webhooks4j.github.event.MetaEvent;
import io.webhooks4j.github.event.PingEvent;
import io.webhooks4j.github.event.PullRequest;
import io.webhooks4j.github.event.PullRequestEvent;
import io.webhooks4j.github.event.PullRequestReviewCommentEvent;
import io.webhooks4j.github.event.PullRequestReviewEvent;
import io.webhooks4j.github.event.PushEvent;
import io.webhooks4j.github.event.ReleaseEvent;
import io.webhooks4j.github.event.RepositoryEvent;
import io.webhooks4j.github.event.SecretScanningAlertEvent;
import io.webhooks4j.github.event.StarEvent;
import io.webhooks4j.github.event.State;
import io.webhooks4j.github.event.StatusEvent;
import io.webhooks4j.github.event.WorkflowDispatchEvent;
import io.webhooks4j.github.event.WorkflowJobEvent;
import io.webhooks4j.github.event.WorkflowRunEvent;
import io.webhooks4j.github.internal.GitHubEventParser;
import io.webhooks4j.spi.WebhookParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class GitHubEventParsingTest {
    private static final String HEAD_SHA = "8f3c2a91d04be7751c6a0e9b3d2f41c7a55e9b10";
    private static final String BASE_SHA = "c41d8a0f3e6b2a7d9e1f05c3b8a4d6e2f7091a3c";

    private final GitHubProvider provider = GitHubProvider.create(Fixtures.SECRET);

    private GitHubEvent<?> parse(WebhookRequest request) {
        return provider.parse(request, provider.verify(request));
    }

    private GitHubEvent<?> parse(String fixture) {
        return parse(Fixtures.signed(fixture));
    }

    @SuppressWarnings("unchecked")
    private <T> T payload(String fixture, Class<T> type) {
        GitHubEvent<?> event = parse(fixture);
        assertThat(event.payload()).isInstanceOf(type);
        return (T) event.payload();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "push, push, PushEvent",
        "pull_request.opened, pull_request.opened, PullRequestEvent",
        "pull_request.closed, pull_request.closed, PullRequestEvent",
        "pull_request.labeled, pull_request.labeled, PullRequestEvent",
        "pull_request_review.submitted, pull_request_review.submitted, PullRequestReviewEvent",
        "pull_request_review_comment.created, pull_request_review_comment.created, PullRequestReviewCommentEvent",
        "issues.opened, issues.opened, IssuesEvent",
        "issues.closed, issues.closed, IssuesEvent",
        "issues.labeled, issues.labeled, IssuesEvent",
        "issue_comment.created, issue_comment.created, IssueCommentEvent",
        "create, create, CreateEvent",
        "delete, delete, DeleteEvent",
        "release.published, release.published, ReleaseEvent",
        "workflow_run.completed, workflow_run.completed, WorkflowRunEvent",
        "workflow_job.completed, workflow_job.completed, WorkflowJobEvent",
        "workflow_dispatch, workflow_dispatch, WorkflowDispatchEvent",
        "check_run.completed, check_run.completed, CheckRunEvent",
        "check_suite.completed, check_suite.completed, CheckSuiteEvent",
        "status, status, StatusEvent",
        "deployment.created, deployment.created, DeploymentEvent",
        "deployment_status.created, deployment_status.created, DeploymentStatusEvent",
        "installation.created, installation.created, InstallationEvent",
        "installation_repositories.added, installation_repositories.added, InstallationRepositoriesEvent",
        "repository.renamed, repository.renamed, RepositoryEvent",
        "star.created, star.created, StarEvent",
        "fork, fork, ForkEvent",
        "member.added, member.added, MemberEvent",
        "ping, ping, PingEvent",
        "dependabot_alert.created, dependabot_alert.created, DependabotAlertEvent",
        "code_scanning_alert.created, code_scanning_alert.created, CodeScanningAlertEvent",
        "secret_scanning_alert.resolved, secret_scanning_alert.resolved, SecretScanningAlertEvent",
        "label.created, label.created, LabelEvent",
    })
    void parsesEachFixtureToItsTypeAndRecord(String fixture, String type, String payloadClass) {
        GitHubEvent<?> event = parse(fixture);
        assertThat(event.provider()).isEqualTo("github");
        assertThat(event.type()).isEqualTo(type);
        assertThat(event.payload().getClass().getSimpleName()).isEqualTo(payloadClass);
        assertThat(event.raw().isObject()).isTrue();
        assertThat(GitHubEvents.find(type)).isPresent();
        assertThat(GitHubEvents.find(type).orElseThrow().payloadType())
                .isAssignableFrom(event.payload().getClass());
    }

    @Test
    void everyCatalogueEventResolvesToItsPayloadClass() {
        assertThat(GitHubEventParser.payloadClass("pull_request")).isEqualTo(PullRequestEvent.class);
        assertThat(GitHubEventParser.payloadClass("gollum")).isEqualTo(GollumEvent.class);
        assertThat(GitHubEventParser.payloadClass("meta")).isEqualTo(MetaEvent.class);
        assertThat(GitHubEventParser.payloadClass("sub_issues")).isEqualTo(JsonNode.class);
        assertThat(GitHubEventParser.payloadClass("not_an_event")).isEqualTo(JsonNode.class);
        assertThat(GitHubEvents.all())
                .hasSize(319)
                .extracting(t -> t.name())
                .contains(
                        "workflow_job.waiting",
                        "issue_dependencies.blocked_by_added",
                        "repository_dispatch",
                        "secret_scanning_alert.validated",
                        "pull_request.enqueued");
        assertThat(GitHubEvents.ANY.isAny()).isTrue();
        assertThat(GitHubEvents.PULL_REQUEST_OPENED.name()).isEqualTo("pull_request.opened");
        assertThat(GitHubEvents.PULL_REQUEST_OPENED.payloadType()).isEqualTo(PullRequestEvent.class);
        assertThat(GitHubEvents.all())
                .extracting(t -> t.name())
                .doesNotHaveDuplicates()
                .contains("push", "pull_request.opened", "issues.closed");
        for (var key : GitHubEvents.all()) {
            if (key.isAny()) {
                continue;
            }
            int dot = key.name().indexOf('.');
            String event = dot < 0 ? key.name() : key.name().substring(0, dot);
            assertThat(GitHubEvents.find(event)).as("event key of %s", key).isPresent();
            assertThat(key.payloadType()).isEqualTo(GitHubEventParser.payloadClass(event));
        }
    }

    @Test
    void readsTheDeliveryHeadersIntoTheEnvelope() {
        GitHubEvent<?> event = parse("pull_request.opened");
        assertThat(event.event()).isEqualTo("pull_request");
        assertThat(event.action()).isEqualTo("opened");
        assertThat(event.deliveryGuid()).isEqualTo(Fixtures.GUID);
        assertThat(event.hookId()).isEqualTo(Fixtures.HOOK_ID);
        assertThat(event.deliveryId()).isEqualTo(Fixtures.GUID + ":" + Fixtures.HOOK_ID);
        assertThat(event.installationTargetType()).isEqualTo("repository");
        assertThat(event.installationTargetId()).isEqualTo("734551208");
        assertThat(event.installationId()).isEqualTo(58203317L);
        assertThat(event.isFromApp()).isTrue();
        assertThat(provider.routingKeys(event)).containsExactly("pull_request.opened", "pull_request");
    }

    @Test
    void eventWithoutActionIsTypedAndRoutedByItsName() {
        GitHubEvent<?> event = parse("push");
        assertThat(event.action()).isNull();
        assertThat(event.type()).isEqualTo("push");
        assertThat(event.installationId()).isNull();
        assertThat(provider.routingKeys(event)).containsExactly("push");
    }

    @Test
    void deliveryIdFallsBackToTheGuidWithoutHookIdAndIsNullWithoutGuid() {
        WebhookRequest noHook = GitHubSigner.create(Fixtures.SECRET)
                .sign(Fixtures.unsigned("push", Fixtures.body("push")).toBuilder()
                        .removeHeader(GitHubHeaders.HOOK_ID)
                        .build());
        assertThat(parse(noHook).deliveryId()).isEqualTo(Fixtures.GUID);
        WebhookRequest noGuid =
                noHook.toBuilder().removeHeader(GitHubHeaders.DELIVERY).build();
        assertThat(parse(noGuid).deliveryId()).isNull();
    }

    @Test
    void pushListsItsCommitsFieldByField() {
        PushEvent push = payload("push", PushEvent.class);
        assertThat(push.ref()).isEqualTo("refs/heads/main");
        assertThat(push.before()).isEqualTo(BASE_SHA);
        assertThat(push.after()).isEqualTo(HEAD_SHA);
        assertThat(push.created()).isFalse();
        assertThat(push.forced()).isFalse();
        assertThat(push.baseRef()).isNull();
        assertThat(push.pusher().name()).isEqualTo("ines-moreau");
        assertThat(push.commits()).hasSize(2);
        Commit first = push.commits().get(0);
        assertThat(first.id()).isEqualTo("3b9e0c7d21a4f58e6b1c0d9a8f7e6d5c4b3a2910");
        assertThat(first.message()).isEqualTo("Add soft-start ramp to motor driver");
        assertThat(first.timestamp()).isEqualTo(Instant.parse("2026-11-27T11:20:44Z"));
        assertThat(first.author().name()).isEqualTo("Inès Moreau");
        assertThat(first.author().username()).isEqualTo("ines-moreau");
        assertThat(first.committer().username()).isEqualTo("web-flow");
        assertThat(first.added()).containsExactly("src/motor/ramp.cpp");
        assertThat(first.modified()).containsExactly("src/motor/driver.cpp");
        assertThat(first.removed()).isEmpty();
        Commit second = push.commits().get(1);
        assertThat(second.message()).startsWith("Tune ramp to 150 ms\n\n");
        assertThat(second.removed()).containsExactly("docs/old-ramp.md");
        assertThat(push.headCommit()).isEqualTo(second);
        // push payloads carry repository timestamps as epoch seconds
        assertThat(push.repository().createdAt()).isEqualTo(Instant.ofEpochSecond(1703001121));
        assertThat(push.repository().pushedAt()).isEqualTo(Instant.ofEpochSecond(1795860241));
        assertThat(push.repository().fullName()).isEqualTo("acme-robotics/rover-firmware");
        assertThat(push.organization().login()).isEqualTo("acme-robotics");
        assertThat(push.sender().login()).isEqualTo("ines-moreau");
    }

    @Test
    void pullRequestHasHeadAndBase() {
        PullRequestEvent event = payload("pull_request.opened", PullRequestEvent.class);
        assertThat(event.action()).isEqualTo("opened");
        assertThat(event.number()).isEqualTo(212);
        PullRequest pr = event.pullRequest();
        assertThat(pr.title()).isEqualTo("Ramp PWM duty cycle on motor start");
        assertThat(pr.state()).isEqualTo(State.OPEN);
        assertThat(pr.draft()).isFalse();
        assertThat(pr.merged()).isFalse();
        assertThat(pr.mergeable()).isNull();
        assertThat(pr.user().login()).isEqualTo("ines-moreau");
        assertThat(pr.head().ref()).isEqualTo("pwm-soft-start");
        assertThat(pr.head().sha()).isEqualTo(HEAD_SHA);
        assertThat(pr.head().label()).isEqualTo("ines-moreau:pwm-soft-start");
        assertThat(pr.head().repo().fullName()).isEqualTo("ines-moreau/rover-firmware");
        assertThat(pr.head().repo().fork()).isTrue();
        assertThat(pr.base().ref()).isEqualTo("main");
        assertThat(pr.base().sha()).isEqualTo(BASE_SHA);
        assertThat(pr.base().repo().fullName()).isEqualTo("acme-robotics/rover-firmware");
        assertThat(pr.base().repo().isPrivate()).isFalse();
        assertThat(pr.requestedReviewers()).extracting(u -> u.login()).containsExactly("tomas-lindqvist");
        assertThat(pr.labels()).extracting(l -> l.name()).containsExactly("area: motor");
        assertThat(pr.createdAt()).isEqualTo(Instant.parse("2026-11-27T10:58:12Z"));
        assertThat(pr.mergedAt()).isNull();
        assertThat(pr.additions()).isEqualTo(48);
        assertThat(event.installation().id()).isEqualTo(58203317L);
    }

    @Test
    void closedAndMergedPullRequest() {
        PullRequest pr = payload("pull_request.closed", PullRequestEvent.class).pullRequest();
        assertThat(pr.state()).isEqualTo(State.CLOSED);
        assertThat(pr.merged()).isTrue();
        assertThat(pr.mergedBy().login()).isEqualTo("tomas-lindqvist");
        assertThat(pr.mergedAt()).isEqualTo(Instant.parse("2026-11-27T11:40:05Z"));
        assertThat(pr.mergeCommitSha()).isEqualTo("e7a1b3c5d7f9021436587a9bcdef0123456789ab");
    }

    @Test
    void labeledEventsCarryTheLabel() {
        assertThat(payload("pull_request.labeled", PullRequestEvent.class)
                        .label()
                        .name())
                .isEqualTo("area: motor");
        IssuesEvent issues = payload("issues.labeled", IssuesEvent.class);
        assertThat(issues.label().name()).isEqualTo("bug");
        assertThat(issues.label().isDefault()).isTrue();
    }

    @Test
    void issueHasItsLabelsFieldByField() {
        IssuesEvent event = payload("issues.opened", IssuesEvent.class);
        var issue = event.issue();
        assertThat(issue.number()).isEqualTo(208);
        assertThat(issue.state()).isEqualTo(State.OPEN);
        assertThat(issue.isPullRequest()).isFalse();
        assertThat(issue.labels()).hasSize(2);
        assertThat(issue.labels().get(0).name()).isEqualTo("bug");
        assertThat(issue.labels().get(0).color()).isEqualTo("d73a4a");
        assertThat(issue.labels().get(0).description()).isEqualTo("Something isn't working");
        assertThat(issue.labels().get(0).isDefault()).isTrue();
        assertThat(issue.labels().get(1).name()).isEqualTo("area: motor");
        assertThat(issue.labels().get(1).id()).isEqualTo(6102299870L);
        assertThat(issue.labels().get(1).isDefault()).isFalse();
        assertThat(issue.assignees()).extracting(u -> u.login()).containsExactly("ines-moreau");
        assertThat(issue.body()).isEqualTo("Scope trace attached: 11.1 V → 9.4 V for ~40 ms on start.");
        assertThat(issue.milestone().title()).isEqualTo("v0.9");
        assertThat(event.installation()).isNull();
    }

    @Test
    void closedIssueHasStateReason() {
        var issue = payload("issues.closed", IssuesEvent.class).issue();
        assertThat(issue.state()).isEqualTo(State.CLOSED);
        assertThat(issue.stateReason()).isEqualTo("completed");
        assertThat(issue.closedAt()).isEqualTo(Instant.parse("2026-11-27T11:40:06Z"));
    }

    @Test
    void issueCommentKeepsEmojiAndEscapedControlCharacters() {
        IssueCommentEvent event = payload("issue_comment.created", IssueCommentEvent.class);
        assertThat(event.comment().body())
                .startsWith("Fixed on the bench \uD83D\uDE80\uD83D\uDD0B")
                .contains("\u001b[32mPASS\u001b[0m");
        assertThat(event.comment().user().login()).isEqualTo("ines-moreau");
        assertThat(event.issue().number()).isEqualTo(208);
    }

    @Test
    void reviewAndReviewComment() {
        PullRequestReviewEvent review = payload("pull_request_review.submitted", PullRequestReviewEvent.class);
        assertThat(review.review().state()).isEqualTo("approved");
        assertThat(review.review().commitId()).isEqualTo(HEAD_SHA);
        assertThat(review.review().submittedAt()).isEqualTo(Instant.parse("2026-11-27T11:20:18Z"));
        assertThat(review.pullRequest().number()).isEqualTo(212);
        PullRequestReviewCommentEvent comment =
                payload("pull_request_review_comment.created", PullRequestReviewCommentEvent.class);
        assertThat(comment.comment().path()).isEqualTo("src/motor/ramp.cpp");
        assertThat(comment.comment().line()).isEqualTo(43);
        assertThat(comment.comment().side()).isEqualTo("RIGHT");
        assertThat(comment.comment().pullRequestReviewId()).isEqualTo(2471108652L);
        assertThat(comment.comment().diffHunk()).startsWith("@@ -40,6 +40,9 @@");
    }

    @Test
    void refEvents() {
        CreateEvent create = payload("create", CreateEvent.class);
        assertThat(create.ref()).isEqualTo("v0.9.0");
        assertThat(create.refType()).isEqualTo("tag");
        assertThat(create.masterBranch()).isEqualTo("main");
        DeleteEvent delete = payload("delete", DeleteEvent.class);
        assertThat(delete.ref()).isEqualTo("pwm-soft-start");
        assertThat(delete.refType()).isEqualTo("branch");
    }

    @Test
    void releaseEvent() {
        ReleaseEvent event = payload("release.published", ReleaseEvent.class);
        assertThat(event.release().tagName()).isEqualTo("v0.9.0");
        assertThat(event.release().name()).isEqualTo("v0.9.0 — soft start");
        assertThat(event.release().prerelease()).isFalse();
        assertThat(event.release().publishedAt()).isEqualTo(Instant.parse("2026-11-27T11:47:13Z"));
        assertThat(event.release().assets()).hasSize(1);
        assertThat(event.release().author().login()).isEqualTo("ines-moreau");
    }

    @Test
    void actionsEvents() {
        WorkflowRunEvent run = payload("workflow_run.completed", WorkflowRunEvent.class);
        assertThat(run.workflowRun().status()).isEqualTo(CheckStatus.COMPLETED);
        assertThat(run.workflowRun().conclusion()).isEqualTo(CheckConclusion.SUCCESS);
        assertThat(run.workflowRun().runNumber()).isEqualTo(481L);
        assertThat(run.workflowRun().headSha()).isEqualTo(HEAD_SHA);
        assertThat(run.workflowRun().repository().fullName()).isEqualTo("acme-robotics/rover-firmware");
        assertThat(run.workflow().path("path").asString()).isEqualTo(".github/workflows/ci.yml");
        WorkflowJobEvent job = payload("workflow_job.completed", WorkflowJobEvent.class);
        assertThat(job.workflowJob().conclusion()).isEqualTo(CheckConclusion.FAILURE);
        assertThat(job.workflowJob().labels()).containsExactly("self-hosted", "linux", "r2-bench");
        assertThat(job.workflowJob().steps())
                .extracting(s -> s.conclusion())
                .containsExactly(CheckConclusion.SUCCESS, CheckConclusion.SUCCESS, CheckConclusion.FAILURE);
        assertThat(job.workflowJob().runnerName()).isEqualTo("bench-pi-03");
        WorkflowDispatchEvent dispatch = payload("workflow_dispatch", WorkflowDispatchEvent.class);
        assertThat(dispatch.workflow()).isEqualTo(".github/workflows/flash.yml");
        assertThat(dispatch.inputs().path("target").asString()).isEqualTo("r2-bench");
    }

    @Test
    void checksAndStatus() {
        CheckRunEvent run = payload("check_run.completed", CheckRunEvent.class);
        assertThat(run.checkRun().name()).isEqualTo("hil-test (r2-bench)");
        assertThat(run.checkRun().output().annotationsCount()).isEqualTo(2);
        assertThat(run.checkRun().checkSuite().id()).isEqualTo(31688020120L);
        CheckSuiteEvent suite = payload("check_suite.completed", CheckSuiteEvent.class);
        assertThat(suite.checkSuite().conclusion()).isEqualTo(CheckConclusion.FAILURE);
        assertThat(suite.checkSuite().latestCheckRunsCount()).isEqualTo(2);
        StatusEvent status = payload("status", StatusEvent.class);
        assertThat(status.state()).isEqualTo("success");
        assertThat(status.context()).isEqualTo("ci/hardware-in-the-loop");
        assertThat(status.branches()).hasSize(1);
    }

    @Test
    void deployments() {
        DeploymentEvent deployment = payload("deployment.created", DeploymentEvent.class);
        assertThat(deployment.deployment().environment()).isEqualTo("fleet-canary");
        assertThat(deployment.deployment().payload().path("rovers")).hasSize(5);
        assertThat(deployment.workflowRun()).isNull();
        DeploymentStatusEvent status = payload("deployment_status.created", DeploymentStatusEvent.class);
        assertThat(status.deploymentStatus().state()).isEqualTo("success");
        assertThat(status.deployment().id()).isEqualTo(1701223390L);
    }

    @Test
    void installations() {
        InstallationEvent installed = payload("installation.created", InstallationEvent.class);
        assertThat(installed.installation().appSlug()).isEqualTo("rover-release-bot");
        assertThat(installed.installation().account().login()).isEqualTo("acme-robotics");
        assertThat(installed.installation().permissions()).containsEntry("checks", "write");
        assertThat(installed.installation().events()).contains("pull_request");
        assertThat(installed.installation().createdAt()).isEqualTo(Instant.parse("2026-11-27T09:12:44Z"));
        assertThat(installed.repositories())
                .extracting(r -> r.fullName())
                .containsExactly("acme-robotics/rover-firmware");
        assertThat(parse("installation.created").installationId()).isEqualTo(58203317L);
        InstallationRepositoriesEvent added =
                payload("installation_repositories.added", InstallationRepositoriesEvent.class);
        assertThat(added.repositoriesAdded()).extracting(r -> r.isPrivate()).containsExactly(true);
        assertThat(added.repositoriesRemoved()).isEmpty();
    }

    @Test
    void repositoryStarForkAndMember() {
        RepositoryEvent renamed = payload("repository.renamed", RepositoryEvent.class);
        assertThat(renamed.changes()
                        .path("repository")
                        .path("name")
                        .path("from")
                        .asString())
                .isEqualTo("r2-firmware");
        StarEvent star = payload("star.created", StarEvent.class);
        assertThat(star.starredAt()).isEqualTo(Instant.parse("2026-11-27T11:58:40Z"));
        assertThat(star.sender().login()).isEqualTo("tomas-lindqvist");
        ForkEvent fork = payload("fork", ForkEvent.class);
        assertThat(fork.forkee().fullName()).isEqualTo("tomas-lindqvist/rover-firmware");
        assertThat(fork.repository().fullName()).isEqualTo("acme-robotics/rover-firmware");
        MemberEvent member = payload("member.added", MemberEvent.class);
        assertThat(member.member().login()).isEqualTo("tomas-lindqvist");
    }

    @Test
    void ping() {
        PingEvent ping = payload("ping", PingEvent.class);
        assertThat(ping.zen()).isEqualTo("Keep it logically awesome.");
        assertThat(ping.hookId()).isEqualTo(511820094L);
        assertThat(ping.hook().events()).containsExactly("pull_request", "push");
        assertThat(ping.hook().config().path("content_type").asString()).isEqualTo("json");
    }

    @Test
    void securityAlerts() {
        DependabotAlertEvent dependabot = payload("dependabot_alert.created", DependabotAlertEvent.class);
        assertThat(dependabot.alert().number()).isEqualTo(31);
        assertThat(dependabot.alert().dependency().packageInfo().name()).isEqualTo("cbor2");
        assertThat(dependabot.alert().dependency().packageInfo().ecosystem()).isEqualTo("pip");
        assertThat(dependabot.alert().securityAdvisory().ghsaId()).isEqualTo("GHSA-7q2m-4r8v-x9hw");
        assertThat(dependabot.alert().securityAdvisory().severity()).isEqualTo("high");
        assertThat(dependabot.sender().type()).isEqualTo("Bot");
        CodeScanningAlertEvent codeScanning = payload("code_scanning_alert.created", CodeScanningAlertEvent.class);
        assertThat(codeScanning.alert().rule().securitySeverityLevel()).isEqualTo("critical");
        assertThat(codeScanning.alert().tool().name()).isEqualTo("CodeQL");
        assertThat(codeScanning.commitOid()).isEqualTo(HEAD_SHA);
        SecretScanningAlertEvent secret = payload("secret_scanning_alert.resolved", SecretScanningAlertEvent.class);
        assertThat(secret.alert().resolution()).isEqualTo("revoked");
        assertThat(secret.alert().resolvedBy().login()).isEqualTo("ines-moreau");
        assertThat(secret.alert().secretType()).isEqualTo("aws_access_key_id");
    }

    @Test
    void formEncodedPushParsesLikeJson() {
        RawBody form = Fixtures.formEncoded(Fixtures.body("push"));
        WebhookRequest request = GitHubSigner.create(Fixtures.SECRET).sign(Fixtures.unsignedForm("push", form));
        GitHubEvent<?> event = parse(request);
        assertThat(event.payload()).isEqualTo(payload("push", PushEvent.class));
        assertThat(((PushEvent) event.payload()).commits().get(0).author().name())
                .isEqualTo("Inès Moreau");
    }

    @Test
    void formBodyWithoutContentTypeIsRecognisedByItsPayloadParameter() {
        RawBody form = Fixtures.formEncoded(Fixtures.body("push"));
        WebhookRequest request = GitHubSigner.create(Fixtures.SECRET)
                .sign(Fixtures.unsigned("push", form).toBuilder()
                        .removeHeader("Content-Type")
                        .build());
        assertThat(parse(request).payload()).isInstanceOf(PushEvent.class);
    }

    @Test
    void unknownEventParsesToTheRawTree() {
        WebhookRequest request = GitHubSigner.create(Fixtures.SECRET)
                .sign(Fixtures.unsigned("rover_telemetry", RawBody.ofUtf8("{\"action\":\"beamed\",\"volts\":11.1}")));
        GitHubEvent<?> event = parse(request);
        assertThat(event.type()).isEqualTo("rover_telemetry.beamed");
        assertThat(event.payload()).isInstanceOf(JsonNode.class);
        assertThat(((JsonNode) event.payload()).path("volts").decimalValue()).isEqualByComparingTo("11.1");
        assertThat(GitHubEvents.find("rover_telemetry")).isEmpty();
    }

    @Test
    void rejectsFormBodyWithoutPayloadParameter() {
        WebhookRequest request = GitHubSigner.create(Fixtures.SECRET)
                .sign(Fixtures.unsignedForm("push", RawBody.ofUtf8("ref=refs%2Fheads%2Fmain")));
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> parse(request))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY))
                .withMessageContaining("'payload'");
    }

    @Test
    void rejectsPayloadThatIsNotJson() {
        for (String body : List.of("payload=not+json", "payload=%7B%22ref%22%3A", "payload=")) {
            WebhookRequest request =
                    GitHubSigner.create(Fixtures.SECRET).sign(Fixtures.unsignedForm("push", RawBody.ofUtf8(body)));
            assertThatExceptionOfType(WebhookParseException.class)
                    .as(body)
                    .isThrownBy(() -> parse(request))
                    .satisfies(e -> assertThat(e.reason().status()).isEqualTo(400));
        }
    }

    @Test
    void rejectsJsonThatIsNotAnObject() {
        for (String body : List.of("[1,2]", "\"push\"", "null", "{\"ref\":")) {
            WebhookRequest request =
                    GitHubSigner.create(Fixtures.SECRET).sign(Fixtures.unsigned("push", RawBody.ofUtf8(body)));
            assertThatExceptionOfType(WebhookParseException.class)
                    .as(body)
                    .isThrownBy(() -> parse(request))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY));
        }
    }

    @Test
    void rejectsEmptyBody() {
        WebhookRequest request = GitHubSigner.create(Fixtures.SECRET).sign(Fixtures.unsigned("push", RawBody.empty()));
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> parse(request))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY_BODY));
    }

    @Test
    void wrongFieldTypesAreA400NotA500() {
        WebhookRequest request = GitHubSigner.create(Fixtures.SECRET)
                .sign(Fixtures.unsigned("push", RawBody.ofUtf8("{\"commits\":\"not a list\",\"forced\":{}}")));
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> parse(request))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY));
    }

    @Test
    void unknownFieldsAndMissingFieldsAreTolerated() {
        WebhookRequest request = GitHubSigner.create(Fixtures.SECRET)
                .sign(Fixtures.unsigned(
                        "pull_request", RawBody.ofUtf8("{\"action\":\"opened\",\"brand_new_field\":{\"x\":1}}")));
        PullRequestEvent event = (PullRequestEvent) parse(request).payload();
        assertThat(event.pullRequest()).isNull();
        assertThat(event.number()).isNull();
        assertThat(Map.of("k", event.action())).containsEntry("k", "opened");
    }

    @Test
    void valuesGitHubAddsLaterReadAsUnknownAndCollectionsAreUnmodifiable() {
        WebhookRequest request = GitHubSigner.create(Fixtures.SECRET)
                .sign(Fixtures.unsigned(
                        "check_run",
                        RawBody.ofUtf8("{\"action\":\"completed\",\"check_run\":{\"status\":\"teleporting\","
                                + "\"conclusion\":\"partially_vaporised\",\"pull_requests\":[]}}")));
        CheckRunEvent event = (CheckRunEvent) parse(request).payload();
        assertThat(event.checkRun().status()).isEqualTo(CheckStatus.UNKNOWN);
        assertThat(event.checkRun().conclusion()).isEqualTo(CheckConclusion.UNKNOWN);
        assertThat(parse(request).raw().path("check_run").path("status").asString())
                .isEqualTo("teleporting");
        List<String> labels = payload("workflow_job.completed", WorkflowJobEvent.class)
                .workflowJob()
                .labels();
        org.assertj.core.api.Assertions.assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> labels.add("x"));
    }
}
