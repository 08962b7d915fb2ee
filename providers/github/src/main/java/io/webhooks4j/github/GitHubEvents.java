package io.webhooks4j.github;

import io.webhooks4j.EventType;
import io.webhooks4j.github.event.BranchProtectionConfigurationEvent;
import io.webhooks4j.github.event.BranchProtectionRuleEvent;
import io.webhooks4j.github.event.CheckRunEvent;
import io.webhooks4j.github.event.CheckSuiteEvent;
import io.webhooks4j.github.event.CodeScanningAlertEvent;
import io.webhooks4j.github.event.CommitCommentEvent;
import io.webhooks4j.github.event.CreateEvent;
import io.webhooks4j.github.event.CustomPropertyEvent;
import io.webhooks4j.github.event.CustomPropertyValuesEvent;
import io.webhooks4j.github.event.DeleteEvent;
import io.webhooks4j.github.event.DependabotAlertEvent;
import io.webhooks4j.github.event.DeployKeyEvent;
import io.webhooks4j.github.event.DeploymentEvent;
import io.webhooks4j.github.event.DeploymentProtectionRuleEvent;
import io.webhooks4j.github.event.DeploymentReviewEvent;
import io.webhooks4j.github.event.DeploymentStatusEvent;
import io.webhooks4j.github.event.DiscussionCommentEvent;
import io.webhooks4j.github.event.DiscussionEvent;
import io.webhooks4j.github.event.ForkEvent;
import io.webhooks4j.github.event.GithubAppAuthorizationEvent;
import io.webhooks4j.github.event.GollumEvent;
import io.webhooks4j.github.event.InstallationEvent;
import io.webhooks4j.github.event.InstallationRepositoriesEvent;
import io.webhooks4j.github.event.InstallationTargetEvent;
import io.webhooks4j.github.event.IssueCommentEvent;
import io.webhooks4j.github.event.IssuesEvent;
import io.webhooks4j.github.event.LabelEvent;
import io.webhooks4j.github.event.MarketplacePurchaseEvent;
import io.webhooks4j.github.event.MemberEvent;
import io.webhooks4j.github.event.MembershipEvent;
import io.webhooks4j.github.event.MergeGroupEvent;
import io.webhooks4j.github.event.MetaEvent;
import io.webhooks4j.github.event.MilestoneEvent;
import io.webhooks4j.github.event.OrgBlockEvent;
import io.webhooks4j.github.event.OrganizationEvent;
import io.webhooks4j.github.event.PackageEvent;
import io.webhooks4j.github.event.PageBuildEvent;
import io.webhooks4j.github.event.PingEvent;
import io.webhooks4j.github.event.ProjectCardEvent;
import io.webhooks4j.github.event.ProjectColumnEvent;
import io.webhooks4j.github.event.ProjectEvent;
import io.webhooks4j.github.event.ProjectsV2ItemEvent;
import io.webhooks4j.github.event.PublicEvent;
import io.webhooks4j.github.event.PullRequestEvent;
import io.webhooks4j.github.event.PullRequestReviewCommentEvent;
import io.webhooks4j.github.event.PullRequestReviewEvent;
import io.webhooks4j.github.event.PullRequestReviewThreadEvent;
import io.webhooks4j.github.event.PushEvent;
import io.webhooks4j.github.event.RegistryPackageEvent;
import io.webhooks4j.github.event.ReleaseEvent;
import io.webhooks4j.github.event.RepositoryDispatchEvent;
import io.webhooks4j.github.event.RepositoryEvent;
import io.webhooks4j.github.event.RepositoryImportEvent;
import io.webhooks4j.github.event.RepositoryVulnerabilityAlertEvent;
import io.webhooks4j.github.event.SecretScanningAlertEvent;
import io.webhooks4j.github.event.SecretScanningAlertLocationEvent;
import io.webhooks4j.github.event.SecurityAdvisoryEvent;
import io.webhooks4j.github.event.SponsorshipEvent;
import io.webhooks4j.github.event.StarEvent;
import io.webhooks4j.github.event.StatusEvent;
import io.webhooks4j.github.event.TeamAddEvent;
import io.webhooks4j.github.event.TeamEvent;
import io.webhooks4j.github.event.WatchEvent;
import io.webhooks4j.github.event.WorkflowDispatchEvent;
import io.webhooks4j.github.event.WorkflowJobEvent;
import io.webhooks4j.github.event.WorkflowRunEvent;
import io.webhooks4j.github.internal.GitHubSchemaEvents;
import io.webhooks4j.spi.EventCatalogue;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Typed keys for every webhook event GitHub documents, one per event (all its actions) and one per
 * event+action, plus {@link #ANY}. Register handlers with them:
 *
 * <pre>{@code
 * Webhooks.builder()
 *     .provider(GitHubProvider.create(secret))
 *     .on(GitHubEvents.PULL_REQUEST_OPENED, e -> review(e.payload().pullRequest().head().sha()))
 *     .on(GitHubEvents.PUSH, e -> build(e.payload().after()))
 *     .build();
 * }</pre>
 *
 * <p>Events whose payload is not modelled carry the raw {@link JsonNode}. Sources: GitHub's "Webhook events
 * and payloads" (https://docs.github.com/en/webhooks/webhook-events-and-payloads) and its data in
 * {@code github/docs} {@code src/webhooks/data/fpt}, cross-checked with {@code @octokit/webhooks}' list of
 * webhook names. An action GitHub adds later still reaches the event-level key and {@link #ANY}.
 */
public final class GitHubEvents {
    private static final EventCatalogue.Builder DEFINE = EventCatalogue.builder(GitHubProvider.ID);

    /** Every GitHub event: the provider-wide catch-all ({@code *}), first in {@link #all()}. */
    public static final EventType<GitHubEvent<?>> ANY = DEFINE.any();

    /** {@code branch_protection_configuration}, every action. */
    public static final EventType<GitHubEvent<BranchProtectionConfigurationEvent>> BRANCH_PROTECTION_CONFIGURATION =
            key("branch_protection_configuration", GitHubSchemaEvents.BRANCH_PROTECTION_CONFIGURATION);
    /** {@code branch_protection_configuration.disabled}. */
    public static final EventType<GitHubEvent<BranchProtectionConfigurationEvent>>
            BRANCH_PROTECTION_CONFIGURATION_DISABLED =
                    key("branch_protection_configuration.disabled", GitHubSchemaEvents.BRANCH_PROTECTION_CONFIGURATION);
    /** {@code branch_protection_configuration.enabled}. */
    public static final EventType<GitHubEvent<BranchProtectionConfigurationEvent>>
            BRANCH_PROTECTION_CONFIGURATION_ENABLED =
                    key("branch_protection_configuration.enabled", GitHubSchemaEvents.BRANCH_PROTECTION_CONFIGURATION);

    /** {@code branch_protection_rule}, every action. */
    public static final EventType<GitHubEvent<BranchProtectionRuleEvent>> BRANCH_PROTECTION_RULE =
            key("branch_protection_rule", BranchProtectionRuleEvent.class);
    /** {@code branch_protection_rule.created}. */
    public static final EventType<GitHubEvent<BranchProtectionRuleEvent>> BRANCH_PROTECTION_RULE_CREATED =
            key("branch_protection_rule.created", BranchProtectionRuleEvent.class);
    /** {@code branch_protection_rule.deleted}. */
    public static final EventType<GitHubEvent<BranchProtectionRuleEvent>> BRANCH_PROTECTION_RULE_DELETED =
            key("branch_protection_rule.deleted", BranchProtectionRuleEvent.class);
    /** {@code branch_protection_rule.edited}. */
    public static final EventType<GitHubEvent<BranchProtectionRuleEvent>> BRANCH_PROTECTION_RULE_EDITED =
            key("branch_protection_rule.edited", BranchProtectionRuleEvent.class);

    /** {@code check_run}, every action. */
    public static final EventType<GitHubEvent<CheckRunEvent>> CHECK_RUN = key("check_run", CheckRunEvent.class);
    /** {@code check_run.completed}. */
    public static final EventType<GitHubEvent<CheckRunEvent>> CHECK_RUN_COMPLETED =
            key("check_run.completed", CheckRunEvent.class);
    /** {@code check_run.created}. */
    public static final EventType<GitHubEvent<CheckRunEvent>> CHECK_RUN_CREATED =
            key("check_run.created", CheckRunEvent.class);
    /** {@code check_run.requested_action}. */
    public static final EventType<GitHubEvent<CheckRunEvent>> CHECK_RUN_REQUESTED_ACTION =
            key("check_run.requested_action", CheckRunEvent.class);
    /** {@code check_run.rerequested}. */
    public static final EventType<GitHubEvent<CheckRunEvent>> CHECK_RUN_REREQUESTED =
            key("check_run.rerequested", CheckRunEvent.class);

    /** {@code check_suite}, every action. */
    public static final EventType<GitHubEvent<CheckSuiteEvent>> CHECK_SUITE = key("check_suite", CheckSuiteEvent.class);
    /** {@code check_suite.completed}. */
    public static final EventType<GitHubEvent<CheckSuiteEvent>> CHECK_SUITE_COMPLETED =
            key("check_suite.completed", CheckSuiteEvent.class);
    /** {@code check_suite.requested}. */
    public static final EventType<GitHubEvent<CheckSuiteEvent>> CHECK_SUITE_REQUESTED =
            key("check_suite.requested", CheckSuiteEvent.class);
    /** {@code check_suite.rerequested}. */
    public static final EventType<GitHubEvent<CheckSuiteEvent>> CHECK_SUITE_REREQUESTED =
            key("check_suite.rerequested", CheckSuiteEvent.class);

    /** {@code code_scanning_alert}, every action. */
    public static final EventType<GitHubEvent<CodeScanningAlertEvent>> CODE_SCANNING_ALERT =
            key("code_scanning_alert", CodeScanningAlertEvent.class);
    /** {@code code_scanning_alert.appeared_in_branch}. */
    public static final EventType<GitHubEvent<CodeScanningAlertEvent>> CODE_SCANNING_ALERT_APPEARED_IN_BRANCH =
            key("code_scanning_alert.appeared_in_branch", CodeScanningAlertEvent.class);
    /** {@code code_scanning_alert.closed_by_user}. */
    public static final EventType<GitHubEvent<CodeScanningAlertEvent>> CODE_SCANNING_ALERT_CLOSED_BY_USER =
            key("code_scanning_alert.closed_by_user", CodeScanningAlertEvent.class);
    /** {@code code_scanning_alert.created}. */
    public static final EventType<GitHubEvent<CodeScanningAlertEvent>> CODE_SCANNING_ALERT_CREATED =
            key("code_scanning_alert.created", CodeScanningAlertEvent.class);
    /** {@code code_scanning_alert.fixed}. */
    public static final EventType<GitHubEvent<CodeScanningAlertEvent>> CODE_SCANNING_ALERT_FIXED =
            key("code_scanning_alert.fixed", CodeScanningAlertEvent.class);
    /** {@code code_scanning_alert.reopened}. */
    public static final EventType<GitHubEvent<CodeScanningAlertEvent>> CODE_SCANNING_ALERT_REOPENED =
            key("code_scanning_alert.reopened", CodeScanningAlertEvent.class);
    /** {@code code_scanning_alert.reopened_by_user}. */
    public static final EventType<GitHubEvent<CodeScanningAlertEvent>> CODE_SCANNING_ALERT_REOPENED_BY_USER =
            key("code_scanning_alert.reopened_by_user", CodeScanningAlertEvent.class);

    /** {@code commit_comment}, every action. */
    public static final EventType<GitHubEvent<CommitCommentEvent>> COMMIT_COMMENT =
            key("commit_comment", CommitCommentEvent.class);
    /** {@code commit_comment.created}. */
    public static final EventType<GitHubEvent<CommitCommentEvent>> COMMIT_COMMENT_CREATED =
            key("commit_comment.created", CommitCommentEvent.class);

    /** {@code create}. */
    public static final EventType<GitHubEvent<CreateEvent>> CREATE = key("create", CreateEvent.class);

    /** {@code custom_property}, every action. */
    public static final EventType<GitHubEvent<CustomPropertyEvent>> CUSTOM_PROPERTY =
            key("custom_property", GitHubSchemaEvents.CUSTOM_PROPERTY);
    /** {@code custom_property.created}. */
    public static final EventType<GitHubEvent<CustomPropertyEvent>> CUSTOM_PROPERTY_CREATED =
            key("custom_property.created", GitHubSchemaEvents.CUSTOM_PROPERTY);
    /** {@code custom_property.deleted}. */
    public static final EventType<GitHubEvent<CustomPropertyEvent>> CUSTOM_PROPERTY_DELETED =
            key("custom_property.deleted", GitHubSchemaEvents.CUSTOM_PROPERTY);
    /** {@code custom_property.updated}. */
    public static final EventType<GitHubEvent<CustomPropertyEvent>> CUSTOM_PROPERTY_UPDATED =
            key("custom_property.updated", GitHubSchemaEvents.CUSTOM_PROPERTY);

    /** {@code custom_property_values}, every action. */
    public static final EventType<GitHubEvent<CustomPropertyValuesEvent>> CUSTOM_PROPERTY_VALUES =
            key("custom_property_values", GitHubSchemaEvents.CUSTOM_PROPERTY_VALUES);
    /** {@code custom_property_values.updated}. */
    public static final EventType<GitHubEvent<CustomPropertyValuesEvent>> CUSTOM_PROPERTY_VALUES_UPDATED =
            key("custom_property_values.updated", GitHubSchemaEvents.CUSTOM_PROPERTY_VALUES);

    /** {@code delete}. */
    public static final EventType<GitHubEvent<DeleteEvent>> DELETE = key("delete", DeleteEvent.class);

    /** {@code dependabot_alert}, every action. */
    public static final EventType<GitHubEvent<DependabotAlertEvent>> DEPENDABOT_ALERT =
            key("dependabot_alert", DependabotAlertEvent.class);
    /** {@code dependabot_alert.auto_dismissed}. */
    public static final EventType<GitHubEvent<DependabotAlertEvent>> DEPENDABOT_ALERT_AUTO_DISMISSED =
            key("dependabot_alert.auto_dismissed", DependabotAlertEvent.class);
    /** {@code dependabot_alert.auto_reopened}. */
    public static final EventType<GitHubEvent<DependabotAlertEvent>> DEPENDABOT_ALERT_AUTO_REOPENED =
            key("dependabot_alert.auto_reopened", DependabotAlertEvent.class);
    /** {@code dependabot_alert.created}. */
    public static final EventType<GitHubEvent<DependabotAlertEvent>> DEPENDABOT_ALERT_CREATED =
            key("dependabot_alert.created", DependabotAlertEvent.class);
    /** {@code dependabot_alert.dismissed}. */
    public static final EventType<GitHubEvent<DependabotAlertEvent>> DEPENDABOT_ALERT_DISMISSED =
            key("dependabot_alert.dismissed", DependabotAlertEvent.class);
    /** {@code dependabot_alert.fixed}. */
    public static final EventType<GitHubEvent<DependabotAlertEvent>> DEPENDABOT_ALERT_FIXED =
            key("dependabot_alert.fixed", DependabotAlertEvent.class);
    /** {@code dependabot_alert.reintroduced}. */
    public static final EventType<GitHubEvent<DependabotAlertEvent>> DEPENDABOT_ALERT_REINTRODUCED =
            key("dependabot_alert.reintroduced", DependabotAlertEvent.class);
    /** {@code dependabot_alert.reopened}. */
    public static final EventType<GitHubEvent<DependabotAlertEvent>> DEPENDABOT_ALERT_REOPENED =
            key("dependabot_alert.reopened", DependabotAlertEvent.class);

    /** {@code deploy_key}, every action. */
    public static final EventType<GitHubEvent<DeployKeyEvent>> DEPLOY_KEY =
            key("deploy_key", GitHubSchemaEvents.DEPLOY_KEY);
    /** {@code deploy_key.created}. */
    public static final EventType<GitHubEvent<DeployKeyEvent>> DEPLOY_KEY_CREATED =
            key("deploy_key.created", GitHubSchemaEvents.DEPLOY_KEY);
    /** {@code deploy_key.deleted}. */
    public static final EventType<GitHubEvent<DeployKeyEvent>> DEPLOY_KEY_DELETED =
            key("deploy_key.deleted", GitHubSchemaEvents.DEPLOY_KEY);

    /** {@code deployment}, every action. */
    public static final EventType<GitHubEvent<DeploymentEvent>> DEPLOYMENT = key("deployment", DeploymentEvent.class);
    /** {@code deployment.created}. */
    public static final EventType<GitHubEvent<DeploymentEvent>> DEPLOYMENT_CREATED =
            key("deployment.created", DeploymentEvent.class);

    /** {@code deployment_protection_rule}, every action. */
    public static final EventType<GitHubEvent<DeploymentProtectionRuleEvent>> DEPLOYMENT_PROTECTION_RULE =
            key("deployment_protection_rule", GitHubSchemaEvents.DEPLOYMENT_PROTECTION_RULE);
    /** {@code deployment_protection_rule.requested}. */
    public static final EventType<GitHubEvent<DeploymentProtectionRuleEvent>> DEPLOYMENT_PROTECTION_RULE_REQUESTED =
            key("deployment_protection_rule.requested", GitHubSchemaEvents.DEPLOYMENT_PROTECTION_RULE);

    /** {@code deployment_review}, every action. */
    public static final EventType<GitHubEvent<DeploymentReviewEvent>> DEPLOYMENT_REVIEW =
            key("deployment_review", GitHubSchemaEvents.DEPLOYMENT_REVIEW);
    /** {@code deployment_review.approved}. */
    public static final EventType<GitHubEvent<DeploymentReviewEvent>> DEPLOYMENT_REVIEW_APPROVED =
            key("deployment_review.approved", GitHubSchemaEvents.DEPLOYMENT_REVIEW);
    /** {@code deployment_review.rejected}. */
    public static final EventType<GitHubEvent<DeploymentReviewEvent>> DEPLOYMENT_REVIEW_REJECTED =
            key("deployment_review.rejected", GitHubSchemaEvents.DEPLOYMENT_REVIEW);
    /** {@code deployment_review.requested}. */
    public static final EventType<GitHubEvent<DeploymentReviewEvent>> DEPLOYMENT_REVIEW_REQUESTED =
            key("deployment_review.requested", GitHubSchemaEvents.DEPLOYMENT_REVIEW);

    /** {@code deployment_status}, every action. */
    public static final EventType<GitHubEvent<DeploymentStatusEvent>> DEPLOYMENT_STATUS =
            key("deployment_status", DeploymentStatusEvent.class);
    /** {@code deployment_status.created}. */
    public static final EventType<GitHubEvent<DeploymentStatusEvent>> DEPLOYMENT_STATUS_CREATED =
            key("deployment_status.created", DeploymentStatusEvent.class);

    /** {@code discussion}, every action. */
    public static final EventType<GitHubEvent<DiscussionEvent>> DISCUSSION = key("discussion", DiscussionEvent.class);
    /** {@code discussion.answered}. */
    public static final EventType<GitHubEvent<DiscussionEvent>> DISCUSSION_ANSWERED =
            key("discussion.answered", DiscussionEvent.class);
    /** {@code discussion.category_changed}. */
    public static final EventType<GitHubEvent<DiscussionEvent>> DISCUSSION_CATEGORY_CHANGED =
            key("discussion.category_changed", DiscussionEvent.class);
    /** {@code discussion.closed}. */
    public static final EventType<GitHubEvent<DiscussionEvent>> DISCUSSION_CLOSED =
            key("discussion.closed", DiscussionEvent.class);
    /** {@code discussion.created}. */
    public static final EventType<GitHubEvent<DiscussionEvent>> DISCUSSION_CREATED =
            key("discussion.created", DiscussionEvent.class);
    /** {@code discussion.deleted}. */
    public static final EventType<GitHubEvent<DiscussionEvent>> DISCUSSION_DELETED =
            key("discussion.deleted", DiscussionEvent.class);
    /** {@code discussion.edited}. */
    public static final EventType<GitHubEvent<DiscussionEvent>> DISCUSSION_EDITED =
            key("discussion.edited", DiscussionEvent.class);
    /** {@code discussion.labeled}. */
    public static final EventType<GitHubEvent<DiscussionEvent>> DISCUSSION_LABELED =
            key("discussion.labeled", DiscussionEvent.class);
    /** {@code discussion.locked}. */
    public static final EventType<GitHubEvent<DiscussionEvent>> DISCUSSION_LOCKED =
            key("discussion.locked", DiscussionEvent.class);
    /** {@code discussion.pinned}. */
    public static final EventType<GitHubEvent<DiscussionEvent>> DISCUSSION_PINNED =
            key("discussion.pinned", DiscussionEvent.class);
    /** {@code discussion.reopened}. */
    public static final EventType<GitHubEvent<DiscussionEvent>> DISCUSSION_REOPENED =
            key("discussion.reopened", DiscussionEvent.class);
    /** {@code discussion.transferred}. */
    public static final EventType<GitHubEvent<DiscussionEvent>> DISCUSSION_TRANSFERRED =
            key("discussion.transferred", DiscussionEvent.class);
    /** {@code discussion.unanswered}. */
    public static final EventType<GitHubEvent<DiscussionEvent>> DISCUSSION_UNANSWERED =
            key("discussion.unanswered", DiscussionEvent.class);
    /** {@code discussion.unlabeled}. */
    public static final EventType<GitHubEvent<DiscussionEvent>> DISCUSSION_UNLABELED =
            key("discussion.unlabeled", DiscussionEvent.class);
    /** {@code discussion.unlocked}. */
    public static final EventType<GitHubEvent<DiscussionEvent>> DISCUSSION_UNLOCKED =
            key("discussion.unlocked", DiscussionEvent.class);
    /** {@code discussion.unpinned}. */
    public static final EventType<GitHubEvent<DiscussionEvent>> DISCUSSION_UNPINNED =
            key("discussion.unpinned", DiscussionEvent.class);

    /** {@code discussion_comment}, every action. */
    public static final EventType<GitHubEvent<DiscussionCommentEvent>> DISCUSSION_COMMENT =
            key("discussion_comment", DiscussionCommentEvent.class);
    /** {@code discussion_comment.created}. */
    public static final EventType<GitHubEvent<DiscussionCommentEvent>> DISCUSSION_COMMENT_CREATED =
            key("discussion_comment.created", DiscussionCommentEvent.class);
    /** {@code discussion_comment.deleted}. */
    public static final EventType<GitHubEvent<DiscussionCommentEvent>> DISCUSSION_COMMENT_DELETED =
            key("discussion_comment.deleted", DiscussionCommentEvent.class);
    /** {@code discussion_comment.edited}. */
    public static final EventType<GitHubEvent<DiscussionCommentEvent>> DISCUSSION_COMMENT_EDITED =
            key("discussion_comment.edited", DiscussionCommentEvent.class);

    /** {@code fork}. */
    public static final EventType<GitHubEvent<ForkEvent>> FORK = key("fork", ForkEvent.class);

    /** {@code github_app_authorization}, every action. */
    public static final EventType<GitHubEvent<GithubAppAuthorizationEvent>> GITHUB_APP_AUTHORIZATION =
            key("github_app_authorization", GitHubSchemaEvents.GITHUB_APP_AUTHORIZATION);
    /** {@code github_app_authorization.revoked}. */
    public static final EventType<GitHubEvent<GithubAppAuthorizationEvent>> GITHUB_APP_AUTHORIZATION_REVOKED =
            key("github_app_authorization.revoked", GitHubSchemaEvents.GITHUB_APP_AUTHORIZATION);

    /** {@code gollum}. */
    public static final EventType<GitHubEvent<GollumEvent>> GOLLUM = key("gollum", GollumEvent.class);

    /** {@code installation}, every action. */
    public static final EventType<GitHubEvent<InstallationEvent>> INSTALLATION =
            key("installation", InstallationEvent.class);
    /** {@code installation.created}. */
    public static final EventType<GitHubEvent<InstallationEvent>> INSTALLATION_CREATED =
            key("installation.created", InstallationEvent.class);
    /** {@code installation.deleted}. */
    public static final EventType<GitHubEvent<InstallationEvent>> INSTALLATION_DELETED =
            key("installation.deleted", InstallationEvent.class);
    /** {@code installation.new_permissions_accepted}. */
    public static final EventType<GitHubEvent<InstallationEvent>> INSTALLATION_NEW_PERMISSIONS_ACCEPTED =
            key("installation.new_permissions_accepted", InstallationEvent.class);
    /** {@code installation.suspend}. */
    public static final EventType<GitHubEvent<InstallationEvent>> INSTALLATION_SUSPEND =
            key("installation.suspend", InstallationEvent.class);
    /** {@code installation.unsuspend}. */
    public static final EventType<GitHubEvent<InstallationEvent>> INSTALLATION_UNSUSPEND =
            key("installation.unsuspend", InstallationEvent.class);

    /** {@code installation_repositories}, every action. */
    public static final EventType<GitHubEvent<InstallationRepositoriesEvent>> INSTALLATION_REPOSITORIES =
            key("installation_repositories", InstallationRepositoriesEvent.class);
    /** {@code installation_repositories.added}. */
    public static final EventType<GitHubEvent<InstallationRepositoriesEvent>> INSTALLATION_REPOSITORIES_ADDED =
            key("installation_repositories.added", InstallationRepositoriesEvent.class);
    /** {@code installation_repositories.removed}. */
    public static final EventType<GitHubEvent<InstallationRepositoriesEvent>> INSTALLATION_REPOSITORIES_REMOVED =
            key("installation_repositories.removed", InstallationRepositoriesEvent.class);

    /** {@code installation_target}, every action. */
    public static final EventType<GitHubEvent<InstallationTargetEvent>> INSTALLATION_TARGET =
            key("installation_target", GitHubSchemaEvents.INSTALLATION_TARGET);
    /** {@code installation_target.renamed}. */
    public static final EventType<GitHubEvent<InstallationTargetEvent>> INSTALLATION_TARGET_RENAMED =
            key("installation_target.renamed", GitHubSchemaEvents.INSTALLATION_TARGET);

    /** {@code issue_comment}, every action. */
    public static final EventType<GitHubEvent<IssueCommentEvent>> ISSUE_COMMENT =
            key("issue_comment", IssueCommentEvent.class);
    /** {@code issue_comment.created}. */
    public static final EventType<GitHubEvent<IssueCommentEvent>> ISSUE_COMMENT_CREATED =
            key("issue_comment.created", IssueCommentEvent.class);
    /** {@code issue_comment.deleted}. */
    public static final EventType<GitHubEvent<IssueCommentEvent>> ISSUE_COMMENT_DELETED =
            key("issue_comment.deleted", IssueCommentEvent.class);
    /** {@code issue_comment.edited}. */
    public static final EventType<GitHubEvent<IssueCommentEvent>> ISSUE_COMMENT_EDITED =
            key("issue_comment.edited", IssueCommentEvent.class);

    /** {@code issue_dependencies}, every action. */
    public static final EventType<GitHubEvent<JsonNode>> ISSUE_DEPENDENCIES = key("issue_dependencies", JsonNode.class);
    /** {@code issue_dependencies.blocked_by_added}. */
    public static final EventType<GitHubEvent<JsonNode>> ISSUE_DEPENDENCIES_BLOCKED_BY_ADDED =
            key("issue_dependencies.blocked_by_added", JsonNode.class);
    /** {@code issue_dependencies.blocked_by_removed}. */
    public static final EventType<GitHubEvent<JsonNode>> ISSUE_DEPENDENCIES_BLOCKED_BY_REMOVED =
            key("issue_dependencies.blocked_by_removed", JsonNode.class);
    /** {@code issue_dependencies.blocking_added}. */
    public static final EventType<GitHubEvent<JsonNode>> ISSUE_DEPENDENCIES_BLOCKING_ADDED =
            key("issue_dependencies.blocking_added", JsonNode.class);
    /** {@code issue_dependencies.blocking_removed}. */
    public static final EventType<GitHubEvent<JsonNode>> ISSUE_DEPENDENCIES_BLOCKING_REMOVED =
            key("issue_dependencies.blocking_removed", JsonNode.class);

    /** {@code issue_relates_to}. */
    public static final EventType<GitHubEvent<JsonNode>> ISSUE_RELATES_TO = key("issue_relates_to", JsonNode.class);

    /** {@code issues}, every action. */
    public static final EventType<GitHubEvent<IssuesEvent>> ISSUES = key("issues", IssuesEvent.class);
    /** {@code issues.assigned}. */
    public static final EventType<GitHubEvent<IssuesEvent>> ISSUES_ASSIGNED = key("issues.assigned", IssuesEvent.class);
    /** {@code issues.closed}. */
    public static final EventType<GitHubEvent<IssuesEvent>> ISSUES_CLOSED = key("issues.closed", IssuesEvent.class);
    /** {@code issues.deleted}. */
    public static final EventType<GitHubEvent<IssuesEvent>> ISSUES_DELETED = key("issues.deleted", IssuesEvent.class);
    /** {@code issues.demilestoned}. */
    public static final EventType<GitHubEvent<IssuesEvent>> ISSUES_DEMILESTONED =
            key("issues.demilestoned", IssuesEvent.class);
    /** {@code issues.edited}. */
    public static final EventType<GitHubEvent<IssuesEvent>> ISSUES_EDITED = key("issues.edited", IssuesEvent.class);
    /** {@code issues.labeled}. */
    public static final EventType<GitHubEvent<IssuesEvent>> ISSUES_LABELED = key("issues.labeled", IssuesEvent.class);
    /** {@code issues.locked}. */
    public static final EventType<GitHubEvent<IssuesEvent>> ISSUES_LOCKED = key("issues.locked", IssuesEvent.class);
    /** {@code issues.milestoned}. */
    public static final EventType<GitHubEvent<IssuesEvent>> ISSUES_MILESTONED =
            key("issues.milestoned", IssuesEvent.class);
    /** {@code issues.opened}. */
    public static final EventType<GitHubEvent<IssuesEvent>> ISSUES_OPENED = key("issues.opened", IssuesEvent.class);
    /** {@code issues.pinned}. */
    public static final EventType<GitHubEvent<IssuesEvent>> ISSUES_PINNED = key("issues.pinned", IssuesEvent.class);
    /** {@code issues.reopened}. */
    public static final EventType<GitHubEvent<IssuesEvent>> ISSUES_REOPENED = key("issues.reopened", IssuesEvent.class);
    /** {@code issues.transferred}. */
    public static final EventType<GitHubEvent<IssuesEvent>> ISSUES_TRANSFERRED =
            key("issues.transferred", IssuesEvent.class);
    /** {@code issues.unassigned}. */
    public static final EventType<GitHubEvent<IssuesEvent>> ISSUES_UNASSIGNED =
            key("issues.unassigned", IssuesEvent.class);
    /** {@code issues.unlabeled}. */
    public static final EventType<GitHubEvent<IssuesEvent>> ISSUES_UNLABELED =
            key("issues.unlabeled", IssuesEvent.class);
    /** {@code issues.unlocked}. */
    public static final EventType<GitHubEvent<IssuesEvent>> ISSUES_UNLOCKED = key("issues.unlocked", IssuesEvent.class);
    /** {@code issues.unpinned}. */
    public static final EventType<GitHubEvent<IssuesEvent>> ISSUES_UNPINNED = key("issues.unpinned", IssuesEvent.class);

    /** {@code label}, every action. */
    public static final EventType<GitHubEvent<LabelEvent>> LABEL = key("label", LabelEvent.class);
    /** {@code label.created}. */
    public static final EventType<GitHubEvent<LabelEvent>> LABEL_CREATED = key("label.created", LabelEvent.class);
    /** {@code label.deleted}. */
    public static final EventType<GitHubEvent<LabelEvent>> LABEL_DELETED = key("label.deleted", LabelEvent.class);
    /** {@code label.edited}. */
    public static final EventType<GitHubEvent<LabelEvent>> LABEL_EDITED = key("label.edited", LabelEvent.class);

    /** {@code marketplace_purchase}, every action. */
    public static final EventType<GitHubEvent<MarketplacePurchaseEvent>> MARKETPLACE_PURCHASE =
            key("marketplace_purchase", GitHubSchemaEvents.MARKETPLACE_PURCHASE);
    /** {@code marketplace_purchase.cancelled}. */
    public static final EventType<GitHubEvent<MarketplacePurchaseEvent>> MARKETPLACE_PURCHASE_CANCELLED =
            key("marketplace_purchase.cancelled", GitHubSchemaEvents.MARKETPLACE_PURCHASE);
    /** {@code marketplace_purchase.changed}. */
    public static final EventType<GitHubEvent<MarketplacePurchaseEvent>> MARKETPLACE_PURCHASE_CHANGED =
            key("marketplace_purchase.changed", GitHubSchemaEvents.MARKETPLACE_PURCHASE);
    /** {@code marketplace_purchase.pending_change}. */
    public static final EventType<GitHubEvent<MarketplacePurchaseEvent>> MARKETPLACE_PURCHASE_PENDING_CHANGE =
            key("marketplace_purchase.pending_change", GitHubSchemaEvents.MARKETPLACE_PURCHASE);
    /** {@code marketplace_purchase.pending_change_cancelled}. */
    public static final EventType<GitHubEvent<MarketplacePurchaseEvent>> MARKETPLACE_PURCHASE_PENDING_CHANGE_CANCELLED =
            key("marketplace_purchase.pending_change_cancelled", GitHubSchemaEvents.MARKETPLACE_PURCHASE);
    /** {@code marketplace_purchase.purchased}. */
    public static final EventType<GitHubEvent<MarketplacePurchaseEvent>> MARKETPLACE_PURCHASE_PURCHASED =
            key("marketplace_purchase.purchased", GitHubSchemaEvents.MARKETPLACE_PURCHASE);

    /** {@code member}, every action. */
    public static final EventType<GitHubEvent<MemberEvent>> MEMBER = key("member", MemberEvent.class);
    /** {@code member.added}. */
    public static final EventType<GitHubEvent<MemberEvent>> MEMBER_ADDED = key("member.added", MemberEvent.class);
    /** {@code member.edited}. */
    public static final EventType<GitHubEvent<MemberEvent>> MEMBER_EDITED = key("member.edited", MemberEvent.class);
    /** {@code member.removed}. */
    public static final EventType<GitHubEvent<MemberEvent>> MEMBER_REMOVED = key("member.removed", MemberEvent.class);

    /** {@code membership}, every action. */
    public static final EventType<GitHubEvent<MembershipEvent>> MEMBERSHIP = key("membership", MembershipEvent.class);
    /** {@code membership.added}. */
    public static final EventType<GitHubEvent<MembershipEvent>> MEMBERSHIP_ADDED =
            key("membership.added", MembershipEvent.class);
    /** {@code membership.removed}. */
    public static final EventType<GitHubEvent<MembershipEvent>> MEMBERSHIP_REMOVED =
            key("membership.removed", MembershipEvent.class);

    /** {@code merge_group}, every action. */
    public static final EventType<GitHubEvent<MergeGroupEvent>> MERGE_GROUP =
            key("merge_group", GitHubSchemaEvents.MERGE_GROUP);
    /** {@code merge_group.checks_requested}. */
    public static final EventType<GitHubEvent<MergeGroupEvent>> MERGE_GROUP_CHECKS_REQUESTED =
            key("merge_group.checks_requested", GitHubSchemaEvents.MERGE_GROUP);
    /** {@code merge_group.destroyed}. */
    public static final EventType<GitHubEvent<MergeGroupEvent>> MERGE_GROUP_DESTROYED =
            key("merge_group.destroyed", GitHubSchemaEvents.MERGE_GROUP);

    /** {@code meta}, every action. */
    public static final EventType<GitHubEvent<MetaEvent>> META = key("meta", GitHubSchemaEvents.META);
    /** {@code meta.deleted}. */
    public static final EventType<GitHubEvent<MetaEvent>> META_DELETED = key("meta.deleted", GitHubSchemaEvents.META);

    /** {@code milestone}, every action. */
    public static final EventType<GitHubEvent<MilestoneEvent>> MILESTONE = key("milestone", MilestoneEvent.class);
    /** {@code milestone.closed}. */
    public static final EventType<GitHubEvent<MilestoneEvent>> MILESTONE_CLOSED =
            key("milestone.closed", MilestoneEvent.class);
    /** {@code milestone.created}. */
    public static final EventType<GitHubEvent<MilestoneEvent>> MILESTONE_CREATED =
            key("milestone.created", MilestoneEvent.class);
    /** {@code milestone.deleted}. */
    public static final EventType<GitHubEvent<MilestoneEvent>> MILESTONE_DELETED =
            key("milestone.deleted", MilestoneEvent.class);
    /** {@code milestone.edited}. */
    public static final EventType<GitHubEvent<MilestoneEvent>> MILESTONE_EDITED =
            key("milestone.edited", MilestoneEvent.class);
    /** {@code milestone.opened}. */
    public static final EventType<GitHubEvent<MilestoneEvent>> MILESTONE_OPENED =
            key("milestone.opened", MilestoneEvent.class);

    /** {@code org_block}, every action. */
    public static final EventType<GitHubEvent<OrgBlockEvent>> ORG_BLOCK = key("org_block", OrgBlockEvent.class);
    /** {@code org_block.blocked}. */
    public static final EventType<GitHubEvent<OrgBlockEvent>> ORG_BLOCK_BLOCKED =
            key("org_block.blocked", OrgBlockEvent.class);
    /** {@code org_block.unblocked}. */
    public static final EventType<GitHubEvent<OrgBlockEvent>> ORG_BLOCK_UNBLOCKED =
            key("org_block.unblocked", OrgBlockEvent.class);

    /** {@code organization}, every action. */
    public static final EventType<GitHubEvent<OrganizationEvent>> ORGANIZATION =
            key("organization", OrganizationEvent.class);
    /** {@code organization.deleted}. */
    public static final EventType<GitHubEvent<OrganizationEvent>> ORGANIZATION_DELETED =
            key("organization.deleted", OrganizationEvent.class);
    /** {@code organization.member_added}. */
    public static final EventType<GitHubEvent<OrganizationEvent>> ORGANIZATION_MEMBER_ADDED =
            key("organization.member_added", OrganizationEvent.class);
    /** {@code organization.member_invited}. */
    public static final EventType<GitHubEvent<OrganizationEvent>> ORGANIZATION_MEMBER_INVITED =
            key("organization.member_invited", OrganizationEvent.class);
    /** {@code organization.member_removed}. */
    public static final EventType<GitHubEvent<OrganizationEvent>> ORGANIZATION_MEMBER_REMOVED =
            key("organization.member_removed", OrganizationEvent.class);
    /** {@code organization.renamed}. */
    public static final EventType<GitHubEvent<OrganizationEvent>> ORGANIZATION_RENAMED =
            key("organization.renamed", OrganizationEvent.class);

    /** {@code package}, every action. */
    public static final EventType<GitHubEvent<PackageEvent>> PACKAGE = key("package", GitHubSchemaEvents.PACKAGE);
    /** {@code package.published}. */
    public static final EventType<GitHubEvent<PackageEvent>> PACKAGE_PUBLISHED =
            key("package.published", GitHubSchemaEvents.PACKAGE);
    /** {@code package.updated}. */
    public static final EventType<GitHubEvent<PackageEvent>> PACKAGE_UPDATED =
            key("package.updated", GitHubSchemaEvents.PACKAGE);

    /** {@code page_build}. */
    public static final EventType<GitHubEvent<PageBuildEvent>> PAGE_BUILD =
            key("page_build", GitHubSchemaEvents.PAGE_BUILD);

    /** {@code personal_access_token_request}, every action. */
    public static final EventType<GitHubEvent<JsonNode>> PERSONAL_ACCESS_TOKEN_REQUEST =
            key("personal_access_token_request", JsonNode.class);
    /** {@code personal_access_token_request.approved}. */
    public static final EventType<GitHubEvent<JsonNode>> PERSONAL_ACCESS_TOKEN_REQUEST_APPROVED =
            key("personal_access_token_request.approved", JsonNode.class);
    /** {@code personal_access_token_request.cancelled}. */
    public static final EventType<GitHubEvent<JsonNode>> PERSONAL_ACCESS_TOKEN_REQUEST_CANCELLED =
            key("personal_access_token_request.cancelled", JsonNode.class);
    /** {@code personal_access_token_request.created}. */
    public static final EventType<GitHubEvent<JsonNode>> PERSONAL_ACCESS_TOKEN_REQUEST_CREATED =
            key("personal_access_token_request.created", JsonNode.class);
    /** {@code personal_access_token_request.denied}. */
    public static final EventType<GitHubEvent<JsonNode>> PERSONAL_ACCESS_TOKEN_REQUEST_DENIED =
            key("personal_access_token_request.denied", JsonNode.class);

    /** {@code ping}. */
    public static final EventType<GitHubEvent<PingEvent>> PING = key("ping", PingEvent.class);

    /** {@code project}, every action. */
    public static final EventType<GitHubEvent<ProjectEvent>> PROJECT = key("project", ProjectEvent.class);
    /** {@code project.closed}. */
    public static final EventType<GitHubEvent<ProjectEvent>> PROJECT_CLOSED = key("project.closed", ProjectEvent.class);
    /** {@code project.created}. */
    public static final EventType<GitHubEvent<ProjectEvent>> PROJECT_CREATED =
            key("project.created", ProjectEvent.class);
    /** {@code project.deleted}. */
    public static final EventType<GitHubEvent<ProjectEvent>> PROJECT_DELETED =
            key("project.deleted", ProjectEvent.class);
    /** {@code project.edited}. */
    public static final EventType<GitHubEvent<ProjectEvent>> PROJECT_EDITED = key("project.edited", ProjectEvent.class);
    /** {@code project.reopened}. */
    public static final EventType<GitHubEvent<ProjectEvent>> PROJECT_REOPENED =
            key("project.reopened", ProjectEvent.class);

    /** {@code project_card}, every action. */
    public static final EventType<GitHubEvent<ProjectCardEvent>> PROJECT_CARD =
            key("project_card", ProjectCardEvent.class);
    /** {@code project_card.converted}. */
    public static final EventType<GitHubEvent<ProjectCardEvent>> PROJECT_CARD_CONVERTED =
            key("project_card.converted", ProjectCardEvent.class);
    /** {@code project_card.created}. */
    public static final EventType<GitHubEvent<ProjectCardEvent>> PROJECT_CARD_CREATED =
            key("project_card.created", ProjectCardEvent.class);
    /** {@code project_card.deleted}. */
    public static final EventType<GitHubEvent<ProjectCardEvent>> PROJECT_CARD_DELETED =
            key("project_card.deleted", ProjectCardEvent.class);
    /** {@code project_card.edited}. */
    public static final EventType<GitHubEvent<ProjectCardEvent>> PROJECT_CARD_EDITED =
            key("project_card.edited", ProjectCardEvent.class);
    /** {@code project_card.moved}. */
    public static final EventType<GitHubEvent<ProjectCardEvent>> PROJECT_CARD_MOVED =
            key("project_card.moved", ProjectCardEvent.class);

    /** {@code project_column}, every action. */
    public static final EventType<GitHubEvent<ProjectColumnEvent>> PROJECT_COLUMN =
            key("project_column", ProjectColumnEvent.class);
    /** {@code project_column.created}. */
    public static final EventType<GitHubEvent<ProjectColumnEvent>> PROJECT_COLUMN_CREATED =
            key("project_column.created", ProjectColumnEvent.class);
    /** {@code project_column.deleted}. */
    public static final EventType<GitHubEvent<ProjectColumnEvent>> PROJECT_COLUMN_DELETED =
            key("project_column.deleted", ProjectColumnEvent.class);
    /** {@code project_column.edited}. */
    public static final EventType<GitHubEvent<ProjectColumnEvent>> PROJECT_COLUMN_EDITED =
            key("project_column.edited", ProjectColumnEvent.class);
    /** {@code project_column.moved}. */
    public static final EventType<GitHubEvent<ProjectColumnEvent>> PROJECT_COLUMN_MOVED =
            key("project_column.moved", ProjectColumnEvent.class);

    /** {@code projects_v2}, every action. */
    public static final EventType<GitHubEvent<JsonNode>> PROJECTS_V2 = key("projects_v2", JsonNode.class);
    /** {@code projects_v2.closed}. */
    public static final EventType<GitHubEvent<JsonNode>> PROJECTS_V2_CLOSED = key("projects_v2.closed", JsonNode.class);
    /** {@code projects_v2.created}. */
    public static final EventType<GitHubEvent<JsonNode>> PROJECTS_V2_CREATED =
            key("projects_v2.created", JsonNode.class);
    /** {@code projects_v2.deleted}. */
    public static final EventType<GitHubEvent<JsonNode>> PROJECTS_V2_DELETED =
            key("projects_v2.deleted", JsonNode.class);
    /** {@code projects_v2.edited}. */
    public static final EventType<GitHubEvent<JsonNode>> PROJECTS_V2_EDITED = key("projects_v2.edited", JsonNode.class);
    /** {@code projects_v2.reopened}. */
    public static final EventType<GitHubEvent<JsonNode>> PROJECTS_V2_REOPENED =
            key("projects_v2.reopened", JsonNode.class);

    /** {@code projects_v2_item}, every action. */
    public static final EventType<GitHubEvent<ProjectsV2ItemEvent>> PROJECTS_V2_ITEM =
            key("projects_v2_item", ProjectsV2ItemEvent.class);
    /** {@code projects_v2_item.archived}. */
    public static final EventType<GitHubEvent<ProjectsV2ItemEvent>> PROJECTS_V2_ITEM_ARCHIVED =
            key("projects_v2_item.archived", ProjectsV2ItemEvent.class);
    /** {@code projects_v2_item.converted}. */
    public static final EventType<GitHubEvent<ProjectsV2ItemEvent>> PROJECTS_V2_ITEM_CONVERTED =
            key("projects_v2_item.converted", ProjectsV2ItemEvent.class);
    /** {@code projects_v2_item.created}. */
    public static final EventType<GitHubEvent<ProjectsV2ItemEvent>> PROJECTS_V2_ITEM_CREATED =
            key("projects_v2_item.created", ProjectsV2ItemEvent.class);
    /** {@code projects_v2_item.deleted}. */
    public static final EventType<GitHubEvent<ProjectsV2ItemEvent>> PROJECTS_V2_ITEM_DELETED =
            key("projects_v2_item.deleted", ProjectsV2ItemEvent.class);
    /** {@code projects_v2_item.edited}. */
    public static final EventType<GitHubEvent<ProjectsV2ItemEvent>> PROJECTS_V2_ITEM_EDITED =
            key("projects_v2_item.edited", ProjectsV2ItemEvent.class);
    /** {@code projects_v2_item.reordered}. */
    public static final EventType<GitHubEvent<ProjectsV2ItemEvent>> PROJECTS_V2_ITEM_REORDERED =
            key("projects_v2_item.reordered", ProjectsV2ItemEvent.class);
    /** {@code projects_v2_item.restored}. */
    public static final EventType<GitHubEvent<ProjectsV2ItemEvent>> PROJECTS_V2_ITEM_RESTORED =
            key("projects_v2_item.restored", ProjectsV2ItemEvent.class);

    /** {@code projects_v2_status_update}, every action. */
    public static final EventType<GitHubEvent<JsonNode>> PROJECTS_V2_STATUS_UPDATE =
            key("projects_v2_status_update", JsonNode.class);
    /** {@code projects_v2_status_update.created}. */
    public static final EventType<GitHubEvent<JsonNode>> PROJECTS_V2_STATUS_UPDATE_CREATED =
            key("projects_v2_status_update.created", JsonNode.class);
    /** {@code projects_v2_status_update.deleted}. */
    public static final EventType<GitHubEvent<JsonNode>> PROJECTS_V2_STATUS_UPDATE_DELETED =
            key("projects_v2_status_update.deleted", JsonNode.class);
    /** {@code projects_v2_status_update.edited}. */
    public static final EventType<GitHubEvent<JsonNode>> PROJECTS_V2_STATUS_UPDATE_EDITED =
            key("projects_v2_status_update.edited", JsonNode.class);

    /** {@code public}. */
    public static final EventType<GitHubEvent<PublicEvent>> PUBLIC = key("public", PublicEvent.class);

    /** {@code pull_request}, every action. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST =
            key("pull_request", PullRequestEvent.class);
    /** {@code pull_request.assigned}. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST_ASSIGNED =
            key("pull_request.assigned", PullRequestEvent.class);
    /** {@code pull_request.auto_merge_disabled}. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST_AUTO_MERGE_DISABLED =
            key("pull_request.auto_merge_disabled", PullRequestEvent.class);
    /** {@code pull_request.auto_merge_enabled}. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST_AUTO_MERGE_ENABLED =
            key("pull_request.auto_merge_enabled", PullRequestEvent.class);
    /** {@code pull_request.closed}. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST_CLOSED =
            key("pull_request.closed", PullRequestEvent.class);
    /** {@code pull_request.converted_to_draft}. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST_CONVERTED_TO_DRAFT =
            key("pull_request.converted_to_draft", PullRequestEvent.class);
    /** {@code pull_request.demilestoned}. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST_DEMILESTONED =
            key("pull_request.demilestoned", PullRequestEvent.class);
    /** {@code pull_request.dequeued}. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST_DEQUEUED =
            key("pull_request.dequeued", PullRequestEvent.class);
    /** {@code pull_request.edited}. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST_EDITED =
            key("pull_request.edited", PullRequestEvent.class);
    /** {@code pull_request.enqueued}. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST_ENQUEUED =
            key("pull_request.enqueued", PullRequestEvent.class);
    /** {@code pull_request.labeled}. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST_LABELED =
            key("pull_request.labeled", PullRequestEvent.class);
    /** {@code pull_request.locked}. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST_LOCKED =
            key("pull_request.locked", PullRequestEvent.class);
    /** {@code pull_request.milestoned}. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST_MILESTONED =
            key("pull_request.milestoned", PullRequestEvent.class);
    /** {@code pull_request.opened}. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST_OPENED =
            key("pull_request.opened", PullRequestEvent.class);
    /** {@code pull_request.ready_for_review}. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST_READY_FOR_REVIEW =
            key("pull_request.ready_for_review", PullRequestEvent.class);
    /** {@code pull_request.reopened}. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST_REOPENED =
            key("pull_request.reopened", PullRequestEvent.class);
    /** {@code pull_request.review_request_removed}. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST_REVIEW_REQUEST_REMOVED =
            key("pull_request.review_request_removed", PullRequestEvent.class);
    /** {@code pull_request.review_requested}. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST_REVIEW_REQUESTED =
            key("pull_request.review_requested", PullRequestEvent.class);
    /** {@code pull_request.synchronize}. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST_SYNCHRONIZE =
            key("pull_request.synchronize", PullRequestEvent.class);
    /** {@code pull_request.unassigned}. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST_UNASSIGNED =
            key("pull_request.unassigned", PullRequestEvent.class);
    /** {@code pull_request.unlabeled}. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST_UNLABELED =
            key("pull_request.unlabeled", PullRequestEvent.class);
    /** {@code pull_request.unlocked}. */
    public static final EventType<GitHubEvent<PullRequestEvent>> PULL_REQUEST_UNLOCKED =
            key("pull_request.unlocked", PullRequestEvent.class);

    /** {@code pull_request_review}, every action. */
    public static final EventType<GitHubEvent<PullRequestReviewEvent>> PULL_REQUEST_REVIEW =
            key("pull_request_review", PullRequestReviewEvent.class);
    /** {@code pull_request_review.dismissed}. */
    public static final EventType<GitHubEvent<PullRequestReviewEvent>> PULL_REQUEST_REVIEW_DISMISSED =
            key("pull_request_review.dismissed", PullRequestReviewEvent.class);
    /** {@code pull_request_review.edited}. */
    public static final EventType<GitHubEvent<PullRequestReviewEvent>> PULL_REQUEST_REVIEW_EDITED =
            key("pull_request_review.edited", PullRequestReviewEvent.class);
    /** {@code pull_request_review.submitted}. */
    public static final EventType<GitHubEvent<PullRequestReviewEvent>> PULL_REQUEST_REVIEW_SUBMITTED =
            key("pull_request_review.submitted", PullRequestReviewEvent.class);

    /** {@code pull_request_review_comment}, every action. */
    public static final EventType<GitHubEvent<PullRequestReviewCommentEvent>> PULL_REQUEST_REVIEW_COMMENT =
            key("pull_request_review_comment", PullRequestReviewCommentEvent.class);
    /** {@code pull_request_review_comment.created}. */
    public static final EventType<GitHubEvent<PullRequestReviewCommentEvent>> PULL_REQUEST_REVIEW_COMMENT_CREATED =
            key("pull_request_review_comment.created", PullRequestReviewCommentEvent.class);
    /** {@code pull_request_review_comment.deleted}. */
    public static final EventType<GitHubEvent<PullRequestReviewCommentEvent>> PULL_REQUEST_REVIEW_COMMENT_DELETED =
            key("pull_request_review_comment.deleted", PullRequestReviewCommentEvent.class);
    /** {@code pull_request_review_comment.edited}. */
    public static final EventType<GitHubEvent<PullRequestReviewCommentEvent>> PULL_REQUEST_REVIEW_COMMENT_EDITED =
            key("pull_request_review_comment.edited", PullRequestReviewCommentEvent.class);

    /** {@code pull_request_review_thread}, every action. */
    public static final EventType<GitHubEvent<PullRequestReviewThreadEvent>> PULL_REQUEST_REVIEW_THREAD =
            key("pull_request_review_thread", GitHubSchemaEvents.PULL_REQUEST_REVIEW_THREAD);
    /** {@code pull_request_review_thread.resolved}. */
    public static final EventType<GitHubEvent<PullRequestReviewThreadEvent>> PULL_REQUEST_REVIEW_THREAD_RESOLVED =
            key("pull_request_review_thread.resolved", GitHubSchemaEvents.PULL_REQUEST_REVIEW_THREAD);
    /** {@code pull_request_review_thread.unresolved}. */
    public static final EventType<GitHubEvent<PullRequestReviewThreadEvent>> PULL_REQUEST_REVIEW_THREAD_UNRESOLVED =
            key("pull_request_review_thread.unresolved", GitHubSchemaEvents.PULL_REQUEST_REVIEW_THREAD);

    /** {@code push}. */
    public static final EventType<GitHubEvent<PushEvent>> PUSH = key("push", PushEvent.class);

    /** {@code registry_package}, every action. */
    public static final EventType<GitHubEvent<RegistryPackageEvent>> REGISTRY_PACKAGE =
            key("registry_package", GitHubSchemaEvents.REGISTRY_PACKAGE);
    /** {@code registry_package.published}. */
    public static final EventType<GitHubEvent<RegistryPackageEvent>> REGISTRY_PACKAGE_PUBLISHED =
            key("registry_package.published", GitHubSchemaEvents.REGISTRY_PACKAGE);
    /** {@code registry_package.updated}. */
    public static final EventType<GitHubEvent<RegistryPackageEvent>> REGISTRY_PACKAGE_UPDATED =
            key("registry_package.updated", GitHubSchemaEvents.REGISTRY_PACKAGE);

    /** {@code release}, every action. */
    public static final EventType<GitHubEvent<ReleaseEvent>> RELEASE = key("release", ReleaseEvent.class);
    /** {@code release.created}. */
    public static final EventType<GitHubEvent<ReleaseEvent>> RELEASE_CREATED =
            key("release.created", ReleaseEvent.class);
    /** {@code release.deleted}. */
    public static final EventType<GitHubEvent<ReleaseEvent>> RELEASE_DELETED =
            key("release.deleted", ReleaseEvent.class);
    /** {@code release.edited}. */
    public static final EventType<GitHubEvent<ReleaseEvent>> RELEASE_EDITED = key("release.edited", ReleaseEvent.class);
    /** {@code release.prereleased}. */
    public static final EventType<GitHubEvent<ReleaseEvent>> RELEASE_PRERELEASED =
            key("release.prereleased", ReleaseEvent.class);
    /** {@code release.published}. */
    public static final EventType<GitHubEvent<ReleaseEvent>> RELEASE_PUBLISHED =
            key("release.published", ReleaseEvent.class);
    /** {@code release.released}. */
    public static final EventType<GitHubEvent<ReleaseEvent>> RELEASE_RELEASED =
            key("release.released", ReleaseEvent.class);
    /** {@code release.unpublished}. */
    public static final EventType<GitHubEvent<ReleaseEvent>> RELEASE_UNPUBLISHED =
            key("release.unpublished", ReleaseEvent.class);

    /** {@code repository}, every action. */
    public static final EventType<GitHubEvent<RepositoryEvent>> REPOSITORY = key("repository", RepositoryEvent.class);
    /** {@code repository.archived}. */
    public static final EventType<GitHubEvent<RepositoryEvent>> REPOSITORY_ARCHIVED =
            key("repository.archived", RepositoryEvent.class);
    /** {@code repository.created}. */
    public static final EventType<GitHubEvent<RepositoryEvent>> REPOSITORY_CREATED =
            key("repository.created", RepositoryEvent.class);
    /** {@code repository.deleted}. */
    public static final EventType<GitHubEvent<RepositoryEvent>> REPOSITORY_DELETED =
            key("repository.deleted", RepositoryEvent.class);
    /** {@code repository.edited}. */
    public static final EventType<GitHubEvent<RepositoryEvent>> REPOSITORY_EDITED =
            key("repository.edited", RepositoryEvent.class);
    /** {@code repository.privatized}. */
    public static final EventType<GitHubEvent<RepositoryEvent>> REPOSITORY_PRIVATIZED =
            key("repository.privatized", RepositoryEvent.class);
    /** {@code repository.publicized}. */
    public static final EventType<GitHubEvent<RepositoryEvent>> REPOSITORY_PUBLICIZED =
            key("repository.publicized", RepositoryEvent.class);
    /** {@code repository.renamed}. */
    public static final EventType<GitHubEvent<RepositoryEvent>> REPOSITORY_RENAMED =
            key("repository.renamed", RepositoryEvent.class);
    /** {@code repository.transferred}. */
    public static final EventType<GitHubEvent<RepositoryEvent>> REPOSITORY_TRANSFERRED =
            key("repository.transferred", RepositoryEvent.class);
    /** {@code repository.unarchived}. */
    public static final EventType<GitHubEvent<RepositoryEvent>> REPOSITORY_UNARCHIVED =
            key("repository.unarchived", RepositoryEvent.class);

    /** {@code repository_advisory}, every action. */
    public static final EventType<GitHubEvent<JsonNode>> REPOSITORY_ADVISORY =
            key("repository_advisory", JsonNode.class);
    /** {@code repository_advisory.published}. */
    public static final EventType<GitHubEvent<JsonNode>> REPOSITORY_ADVISORY_PUBLISHED =
            key("repository_advisory.published", JsonNode.class);
    /** {@code repository_advisory.reported}. */
    public static final EventType<GitHubEvent<JsonNode>> REPOSITORY_ADVISORY_REPORTED =
            key("repository_advisory.reported", JsonNode.class);

    /** {@code repository_dispatch}. */
    public static final EventType<GitHubEvent<RepositoryDispatchEvent>> REPOSITORY_DISPATCH =
            key("repository_dispatch", GitHubSchemaEvents.REPOSITORY_DISPATCH);

    /** {@code repository_import}. */
    public static final EventType<GitHubEvent<RepositoryImportEvent>> REPOSITORY_IMPORT =
            key("repository_import", GitHubSchemaEvents.REPOSITORY_IMPORT);

    /** {@code repository_ruleset}, every action. */
    public static final EventType<GitHubEvent<JsonNode>> REPOSITORY_RULESET = key("repository_ruleset", JsonNode.class);
    /** {@code repository_ruleset.created}. */
    public static final EventType<GitHubEvent<JsonNode>> REPOSITORY_RULESET_CREATED =
            key("repository_ruleset.created", JsonNode.class);
    /** {@code repository_ruleset.deleted}. */
    public static final EventType<GitHubEvent<JsonNode>> REPOSITORY_RULESET_DELETED =
            key("repository_ruleset.deleted", JsonNode.class);
    /** {@code repository_ruleset.edited}. */
    public static final EventType<GitHubEvent<JsonNode>> REPOSITORY_RULESET_EDITED =
            key("repository_ruleset.edited", JsonNode.class);

    /** {@code repository_vulnerability_alert}, every action. */
    public static final EventType<GitHubEvent<RepositoryVulnerabilityAlertEvent>> REPOSITORY_VULNERABILITY_ALERT =
            key("repository_vulnerability_alert", GitHubSchemaEvents.REPOSITORY_VULNERABILITY_ALERT);
    /** {@code repository_vulnerability_alert.create}. */
    public static final EventType<GitHubEvent<RepositoryVulnerabilityAlertEvent>>
            REPOSITORY_VULNERABILITY_ALERT_CREATE =
                    key("repository_vulnerability_alert.create", GitHubSchemaEvents.REPOSITORY_VULNERABILITY_ALERT);
    /** {@code repository_vulnerability_alert.dismiss}. */
    public static final EventType<GitHubEvent<RepositoryVulnerabilityAlertEvent>>
            REPOSITORY_VULNERABILITY_ALERT_DISMISS =
                    key("repository_vulnerability_alert.dismiss", GitHubSchemaEvents.REPOSITORY_VULNERABILITY_ALERT);
    /** {@code repository_vulnerability_alert.reopen}. */
    public static final EventType<GitHubEvent<RepositoryVulnerabilityAlertEvent>>
            REPOSITORY_VULNERABILITY_ALERT_REOPEN =
                    key("repository_vulnerability_alert.reopen", GitHubSchemaEvents.REPOSITORY_VULNERABILITY_ALERT);
    /** {@code repository_vulnerability_alert.resolve}. */
    public static final EventType<GitHubEvent<RepositoryVulnerabilityAlertEvent>>
            REPOSITORY_VULNERABILITY_ALERT_RESOLVE =
                    key("repository_vulnerability_alert.resolve", GitHubSchemaEvents.REPOSITORY_VULNERABILITY_ALERT);

    /** {@code secret_scanning_alert}, every action. */
    public static final EventType<GitHubEvent<SecretScanningAlertEvent>> SECRET_SCANNING_ALERT =
            key("secret_scanning_alert", SecretScanningAlertEvent.class);
    /** {@code secret_scanning_alert.created}. */
    public static final EventType<GitHubEvent<SecretScanningAlertEvent>> SECRET_SCANNING_ALERT_CREATED =
            key("secret_scanning_alert.created", SecretScanningAlertEvent.class);
    /** {@code secret_scanning_alert.publicly_leaked}. */
    public static final EventType<GitHubEvent<SecretScanningAlertEvent>> SECRET_SCANNING_ALERT_PUBLICLY_LEAKED =
            key("secret_scanning_alert.publicly_leaked", SecretScanningAlertEvent.class);
    /** {@code secret_scanning_alert.reopened}. */
    public static final EventType<GitHubEvent<SecretScanningAlertEvent>> SECRET_SCANNING_ALERT_REOPENED =
            key("secret_scanning_alert.reopened", SecretScanningAlertEvent.class);
    /** {@code secret_scanning_alert.resolved}. */
    public static final EventType<GitHubEvent<SecretScanningAlertEvent>> SECRET_SCANNING_ALERT_RESOLVED =
            key("secret_scanning_alert.resolved", SecretScanningAlertEvent.class);
    /** {@code secret_scanning_alert.validated}. */
    public static final EventType<GitHubEvent<SecretScanningAlertEvent>> SECRET_SCANNING_ALERT_VALIDATED =
            key("secret_scanning_alert.validated", SecretScanningAlertEvent.class);

    /** {@code secret_scanning_alert_location}, every action. */
    public static final EventType<GitHubEvent<SecretScanningAlertLocationEvent>> SECRET_SCANNING_ALERT_LOCATION =
            key("secret_scanning_alert_location", GitHubSchemaEvents.SECRET_SCANNING_ALERT_LOCATION);
    /** {@code secret_scanning_alert_location.created}. */
    public static final EventType<GitHubEvent<SecretScanningAlertLocationEvent>>
            SECRET_SCANNING_ALERT_LOCATION_CREATED =
                    key("secret_scanning_alert_location.created", GitHubSchemaEvents.SECRET_SCANNING_ALERT_LOCATION);

    /** {@code secret_scanning_scan}, every action. */
    public static final EventType<GitHubEvent<JsonNode>> SECRET_SCANNING_SCAN =
            key("secret_scanning_scan", JsonNode.class);
    /** {@code secret_scanning_scan.completed}. */
    public static final EventType<GitHubEvent<JsonNode>> SECRET_SCANNING_SCAN_COMPLETED =
            key("secret_scanning_scan.completed", JsonNode.class);

    /** {@code security_advisory}, every action. */
    public static final EventType<GitHubEvent<SecurityAdvisoryEvent>> SECURITY_ADVISORY =
            key("security_advisory", GitHubSchemaEvents.SECURITY_ADVISORY);
    /** {@code security_advisory.published}. */
    public static final EventType<GitHubEvent<SecurityAdvisoryEvent>> SECURITY_ADVISORY_PUBLISHED =
            key("security_advisory.published", GitHubSchemaEvents.SECURITY_ADVISORY);
    /** {@code security_advisory.updated}. */
    public static final EventType<GitHubEvent<SecurityAdvisoryEvent>> SECURITY_ADVISORY_UPDATED =
            key("security_advisory.updated", GitHubSchemaEvents.SECURITY_ADVISORY);
    /** {@code security_advisory.withdrawn}. */
    public static final EventType<GitHubEvent<SecurityAdvisoryEvent>> SECURITY_ADVISORY_WITHDRAWN =
            key("security_advisory.withdrawn", GitHubSchemaEvents.SECURITY_ADVISORY);

    /** {@code security_and_analysis}. */
    public static final EventType<GitHubEvent<JsonNode>> SECURITY_AND_ANALYSIS =
            key("security_and_analysis", JsonNode.class);

    /** {@code sponsorship}, every action. */
    public static final EventType<GitHubEvent<SponsorshipEvent>> SPONSORSHIP =
            key("sponsorship", GitHubSchemaEvents.SPONSORSHIP);
    /** {@code sponsorship.cancelled}. */
    public static final EventType<GitHubEvent<SponsorshipEvent>> SPONSORSHIP_CANCELLED =
            key("sponsorship.cancelled", GitHubSchemaEvents.SPONSORSHIP);
    /** {@code sponsorship.created}. */
    public static final EventType<GitHubEvent<SponsorshipEvent>> SPONSORSHIP_CREATED =
            key("sponsorship.created", GitHubSchemaEvents.SPONSORSHIP);
    /** {@code sponsorship.edited}. */
    public static final EventType<GitHubEvent<SponsorshipEvent>> SPONSORSHIP_EDITED =
            key("sponsorship.edited", GitHubSchemaEvents.SPONSORSHIP);
    /** {@code sponsorship.pending_cancellation}. */
    public static final EventType<GitHubEvent<SponsorshipEvent>> SPONSORSHIP_PENDING_CANCELLATION =
            key("sponsorship.pending_cancellation", GitHubSchemaEvents.SPONSORSHIP);
    /** {@code sponsorship.pending_tier_change}. */
    public static final EventType<GitHubEvent<SponsorshipEvent>> SPONSORSHIP_PENDING_TIER_CHANGE =
            key("sponsorship.pending_tier_change", GitHubSchemaEvents.SPONSORSHIP);
    /** {@code sponsorship.tier_changed}. */
    public static final EventType<GitHubEvent<SponsorshipEvent>> SPONSORSHIP_TIER_CHANGED =
            key("sponsorship.tier_changed", GitHubSchemaEvents.SPONSORSHIP);

    /** {@code star}, every action. */
    public static final EventType<GitHubEvent<StarEvent>> STAR = key("star", StarEvent.class);
    /** {@code star.created}. */
    public static final EventType<GitHubEvent<StarEvent>> STAR_CREATED = key("star.created", StarEvent.class);
    /** {@code star.deleted}. */
    public static final EventType<GitHubEvent<StarEvent>> STAR_DELETED = key("star.deleted", StarEvent.class);

    /** {@code status}. */
    public static final EventType<GitHubEvent<StatusEvent>> STATUS = key("status", StatusEvent.class);

    /** {@code sub_issues}, every action. */
    public static final EventType<GitHubEvent<JsonNode>> SUB_ISSUES = key("sub_issues", JsonNode.class);
    /** {@code sub_issues.parent_issue_added}. */
    public static final EventType<GitHubEvent<JsonNode>> SUB_ISSUES_PARENT_ISSUE_ADDED =
            key("sub_issues.parent_issue_added", JsonNode.class);
    /** {@code sub_issues.parent_issue_removed}. */
    public static final EventType<GitHubEvent<JsonNode>> SUB_ISSUES_PARENT_ISSUE_REMOVED =
            key("sub_issues.parent_issue_removed", JsonNode.class);
    /** {@code sub_issues.sub_issue_added}. */
    public static final EventType<GitHubEvent<JsonNode>> SUB_ISSUES_SUB_ISSUE_ADDED =
            key("sub_issues.sub_issue_added", JsonNode.class);
    /** {@code sub_issues.sub_issue_removed}. */
    public static final EventType<GitHubEvent<JsonNode>> SUB_ISSUES_SUB_ISSUE_REMOVED =
            key("sub_issues.sub_issue_removed", JsonNode.class);

    /** {@code team}, every action. */
    public static final EventType<GitHubEvent<TeamEvent>> TEAM = key("team", TeamEvent.class);
    /** {@code team.added_to_repository}. */
    public static final EventType<GitHubEvent<TeamEvent>> TEAM_ADDED_TO_REPOSITORY =
            key("team.added_to_repository", TeamEvent.class);
    /** {@code team.created}. */
    public static final EventType<GitHubEvent<TeamEvent>> TEAM_CREATED = key("team.created", TeamEvent.class);
    /** {@code team.deleted}. */
    public static final EventType<GitHubEvent<TeamEvent>> TEAM_DELETED = key("team.deleted", TeamEvent.class);
    /** {@code team.edited}. */
    public static final EventType<GitHubEvent<TeamEvent>> TEAM_EDITED = key("team.edited", TeamEvent.class);
    /** {@code team.removed_from_repository}. */
    public static final EventType<GitHubEvent<TeamEvent>> TEAM_REMOVED_FROM_REPOSITORY =
            key("team.removed_from_repository", TeamEvent.class);

    /** {@code team_add}. */
    public static final EventType<GitHubEvent<TeamAddEvent>> TEAM_ADD = key("team_add", TeamAddEvent.class);

    /** {@code watch}, every action. */
    public static final EventType<GitHubEvent<WatchEvent>> WATCH = key("watch", WatchEvent.class);
    /** {@code watch.started}. */
    public static final EventType<GitHubEvent<WatchEvent>> WATCH_STARTED = key("watch.started", WatchEvent.class);

    /** {@code workflow_dispatch}. */
    public static final EventType<GitHubEvent<WorkflowDispatchEvent>> WORKFLOW_DISPATCH =
            key("workflow_dispatch", WorkflowDispatchEvent.class);

    /** {@code workflow_job}, every action. */
    public static final EventType<GitHubEvent<WorkflowJobEvent>> WORKFLOW_JOB =
            key("workflow_job", WorkflowJobEvent.class);
    /** {@code workflow_job.completed}. */
    public static final EventType<GitHubEvent<WorkflowJobEvent>> WORKFLOW_JOB_COMPLETED =
            key("workflow_job.completed", WorkflowJobEvent.class);
    /** {@code workflow_job.in_progress}. */
    public static final EventType<GitHubEvent<WorkflowJobEvent>> WORKFLOW_JOB_IN_PROGRESS =
            key("workflow_job.in_progress", WorkflowJobEvent.class);
    /** {@code workflow_job.queued}. */
    public static final EventType<GitHubEvent<WorkflowJobEvent>> WORKFLOW_JOB_QUEUED =
            key("workflow_job.queued", WorkflowJobEvent.class);
    /** {@code workflow_job.waiting}. */
    public static final EventType<GitHubEvent<WorkflowJobEvent>> WORKFLOW_JOB_WAITING =
            key("workflow_job.waiting", WorkflowJobEvent.class);

    /** {@code workflow_run}, every action. */
    public static final EventType<GitHubEvent<WorkflowRunEvent>> WORKFLOW_RUN =
            key("workflow_run", WorkflowRunEvent.class);
    /** {@code workflow_run.completed}. */
    public static final EventType<GitHubEvent<WorkflowRunEvent>> WORKFLOW_RUN_COMPLETED =
            key("workflow_run.completed", WorkflowRunEvent.class);
    /** {@code workflow_run.in_progress}. */
    public static final EventType<GitHubEvent<WorkflowRunEvent>> WORKFLOW_RUN_IN_PROGRESS =
            key("workflow_run.in_progress", WorkflowRunEvent.class);
    /** {@code workflow_run.requested}. */
    public static final EventType<GitHubEvent<WorkflowRunEvent>> WORKFLOW_RUN_REQUESTED =
            key("workflow_run.requested", WorkflowRunEvent.class);

    /** The catalogue of every constant above, {@link #ANY} included; built in the last static field. */
    static final EventCatalogue CATALOGUE = DEFINE.build();

    private GitHubEvents() {}

    private static <T> EventType<GitHubEvent<T>> key(String name, Class<T> payloadType) {
        return DEFINE.type(name, payloadType);
    }

    /** Every key of this catalogue, {@link #ANY} first, in declaration order. */
    public static List<EventType<?>> all() {
        return CATALOGUE.all();
    }

    /** The key named {@code name} ({@code push}, {@code pull_request.opened}), if GitHub documents it. */
    public static Optional<EventType<?>> find(String name) {
        return CATALOGUE.find(name);
    }
}
