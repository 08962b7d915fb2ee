package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A branch protection rule of a repository; the enforcement levels are {@code off}, {@code non_admins} or {@code everyone}. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record BranchProtectionRule(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("repository_id") @Nullable Long repositoryId,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt,

        @JsonProperty("pull_request_reviews_enforcement_level") @Nullable
        String pullRequestReviewsEnforcementLevel,

        @JsonProperty("required_approving_review_count") @Nullable
        Integer requiredApprovingReviewCount,

        @JsonProperty("dismiss_stale_reviews_on_push") @Nullable
        Boolean dismissStaleReviewsOnPush,

        @JsonProperty("require_code_owner_review") @Nullable Boolean requireCodeOwnerReview,

        @JsonProperty("require_last_push_approval") @Nullable
        Boolean requireLastPushApproval,

        @JsonProperty("required_status_checks") @Nullable List<String> requiredStatusChecks,

        @JsonProperty("required_status_checks_enforcement_level") @Nullable
        String requiredStatusChecksEnforcementLevel,

        @JsonProperty("strict_required_status_checks_policy") @Nullable
        Boolean strictRequiredStatusChecksPolicy,

        @JsonProperty("signature_requirement_enforcement_level") @Nullable
        String signatureRequirementEnforcementLevel,

        @JsonProperty("linear_history_requirement_enforcement_level") @Nullable
        String linearHistoryRequirementEnforcementLevel,

        @JsonProperty("admin_enforced") @Nullable Boolean adminEnforced,

        @JsonProperty("allow_force_pushes_enforcement_level") @Nullable
        String allowForcePushesEnforcementLevel,

        @JsonProperty("allow_deletions_enforcement_level") @Nullable
        String allowDeletionsEnforcementLevel,

        @JsonProperty("merge_queue_enforcement_level") @Nullable
        String mergeQueueEnforcementLevel,

        @JsonProperty("required_deployments_enforcement_level") @Nullable
        String requiredDeploymentsEnforcementLevel,

        @JsonProperty("required_conversation_resolution_level") @Nullable
        String requiredConversationResolutionLevel,

        @JsonProperty("authorized_actors_only") @Nullable Boolean authorizedActorsOnly,
        @JsonProperty("authorized_actor_names") @Nullable List<String> authorizedActorNames) {}
