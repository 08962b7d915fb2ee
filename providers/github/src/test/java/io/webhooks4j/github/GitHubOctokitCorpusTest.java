package io.webhooks4j.github;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.github.event.BranchProtectionRuleEvent;
import io.webhooks4j.github.event.DiscussionEvent;
import io.webhooks4j.github.event.GollumEvent;
import io.webhooks4j.github.event.IssuesEvent;
import io.webhooks4j.github.event.LabelEvent;
import io.webhooks4j.github.event.MembershipEvent;
import io.webhooks4j.github.event.MilestoneEvent;
import io.webhooks4j.github.event.OrganizationEvent;
import io.webhooks4j.github.event.ProjectCardEvent;
import io.webhooks4j.github.event.PullRequestEvent;
import io.webhooks4j.github.event.PushEvent;
import io.webhooks4j.github.event.ReleaseEvent;
import io.webhooks4j.github.event.TeamEvent;
import io.webhooks4j.github.event.WikiPage;
import io.webhooks4j.github.event.WorkflowRunEvent;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every payload example octokit/webhooks publishes for api.github.com (test resources {@code octokit/}, verbatim,
 * see the README there), signed and parsed through the real provider: none may fail, and the share that reaches a
 * typed record is measured (issue 21's goal is 90%; this test holds the floor reached so far, so it can only go up).
 */
class GitHubOctokitCorpusTest {
    /**
     * Issue 21's goal was 90%. Reached on 2026-12-02: 273 of 273 (100%) once the records generated from octokit's
     * payload schemas (codegen/github) typed the last 21 events; 248 of 273 (90.8%) before, 171 of 273 (62.6%)
     * before that. The events left raw are listed with reasons in {@link GitHubUntypedEventsTest}.
     */
    static final double TYPED_FLOOR = 1.0;

    private final GitHubProvider provider = GitHubProvider.create(Fixtures.SECRET);

    record Parsed(String file, GitHubEvent<?> event) {}

    static Path corpus() throws URISyntaxException {
        return Path.of(GitHubOctokitCorpusTest.class.getResource("octokit").toURI());
    }

    List<Parsed> parseAll(List<String> errors) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus())) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Parsed> parsed = new ArrayList<>();
        for (Path file : files) {
            String event = file.getParent().getFileName().toString();
            String name = event + "/" + file.getFileName();
            WebhookRequest request = GitHubSigner.create(Fixtures.SECRET)
                    .sign(Fixtures.unsigned(event, RawBody.of(Files.readAllBytes(file))));
            try {
                parsed.add(new Parsed(name, provider.parse(request, provider.verify(request))));
            } catch (RuntimeException e) {
                errors.add(name + ": " + e);
            }
        }
        return parsed;
    }

    @Test
    void everyPublishedExampleParsesAndTheTypedShareHoldsItsFloor() throws Exception {
        List<String> errors = new ArrayList<>();
        List<Parsed> parsed = parseAll(errors);

        assertThat(errors).isEmpty();
        assertThat(parsed).hasSize(273);
        Map<String, Integer> rawByEvent = new TreeMap<>();
        long typed = 0;
        for (Parsed p : parsed) {
            if (p.event().payload() instanceof JsonNode) {
                rawByEvent.merge(p.file().substring(0, p.file().indexOf('/')), 1, Integer::sum);
            } else {
                typed++;
            }
        }
        double share = (double) typed / parsed.size();
        System.out.printf(
                "octokit corpus: %d of %d payloads typed (%.1f%%); raw by event: %s%n",
                typed, parsed.size(), 100 * share, rawByEvent);
        assertThat(share).isGreaterThanOrEqualTo(TYPED_FLOOR);
    }

    @Test
    void keyFieldsOfPublishedExamplesHaveTheirExactValues() throws IOException, URISyntaxException {
        PushEvent push = (PushEvent) parse("push", "payload.json").payload();
        assertThat(push.after()).isEqualTo("0000000000000000000000000000000000000000");

        PullRequestEvent opened =
                (PullRequestEvent) parse("pull_request", "opened.payload.json").payload();
        assertThat(opened.number()).isEqualTo(2);
        assertThat(opened.pullRequest().head().sha()).isEqualTo("ec26c3e57ca3a959ca5aad62de7213c562f8c821");

        IssuesEvent issue = (IssuesEvent) parse("issues", "opened.payload.json").payload();
        assertThat(issue.issue().title()).isEqualTo("Spelling error in the README file");

        WorkflowRunEvent run = (WorkflowRunEvent)
                parse("workflow_run", "completed.payload.json").payload();
        assertThat(run.workflowRun().id()).isEqualTo(289782451L);

        ReleaseEvent release =
                (ReleaseEvent) parse("release", "published.payload.json").payload();
        assertThat(release.release().tagName()).isEqualTo("0.0.1");

        LabelEvent label = (LabelEvent) parse("label", "created.payload.json").payload();
        assertThat(label.label().name()).isEqualTo(":bug: Bugfix");

        MilestoneEvent milestone =
                (MilestoneEvent) parse("milestone", "created.payload.json").payload();
        assertThat(milestone.milestone().number()).isEqualTo(1);

        DiscussionEvent discussion =
                (DiscussionEvent) parse("discussion", "created.payload.json").payload();
        assertThat(discussion.discussion().title()).isEqualTo("TEST edit");
        assertThat(discussion.discussion().number()).isEqualTo(4);

        TeamEvent team = (TeamEvent) parse("team", "edited.payload.json").payload();
        assertThat(team.team().slug()).isEqualTo("github");

        MembershipEvent membership =
                (MembershipEvent) parse("membership", "added.payload.json").payload();
        assertThat(membership.member().login()).isEqualTo("Codertocat");
        assertThat(membership.scope()).isEqualTo("team");

        BranchProtectionRuleEvent rule = (BranchProtectionRuleEvent)
                parse("branch_protection_rule", "created.payload.json").payload();
        assertThat(rule.rule().name()).isEqualTo("production");

        ProjectCardEvent card =
                (ProjectCardEvent) parse("project_card", "created.payload.json").payload();
        assertThat(card.projectCard().id()).isEqualTo(21567453L);

        OrganizationEvent member = (OrganizationEvent)
                parse("organization", "member_added.payload.json").payload();
        assertThat(member.membership().role()).isEqualTo("member");

        GollumEvent wiki = (GollumEvent) parse("gollum", "payload.json").payload();
        assertThat(wiki.pages()).extracting(WikiPage::pageName).containsExactly("Home");
    }

    private GitHubEvent<?> parse(String event, String file) throws IOException, URISyntaxException {
        WebhookRequest request = GitHubSigner.create(Fixtures.SECRET)
                .sign(Fixtures.unsigned(
                        event,
                        RawBody.of(Files.readAllBytes(corpus().resolve(event).resolve(file)))));
        return provider.parse(request, provider.verify(request));
    }
}
