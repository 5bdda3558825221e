using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Plans.Lifecycle;
using Karsa.Domain.Primitives;
using Karsa.Testing;

namespace Karsa.Domain.Tests.Plans;

public sealed class VersionLifecycleTests
{
    private static readonly DateTimeOffset Saved = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static MasterplanContent Plan(string title = "Rencana") => SamplePlans.Minimal() with { Title = new LocalizedText(title) };

    // A stand-in for the store's content fingerprint: every field that matters here, version and state included.
    private static string Token(MasterplanContent content) => $"{content.Title.Indonesian}|v{content.Version}|{content.State}";

    private static StoredVersionFacts Stored(int version, PlanState state, string title = "Rencana") =>
        new(version, state, Token(Plan(title) with { Version = version, State = state }), Saved, "ani");

    [Fact]
    public void The_first_save_creates_version_1_whatever_version_the_file_names()
    {
        var decision = VersionLifecycle.DecideSave([], Plan() with { Version = 7 }, Token);

        Assert.Equal(SaveAction.CreateVersion, decision.Action);
        Assert.Equal(1, decision.Version);
        Assert.Equal(1, decision.Content!.Version);
        Assert.Empty(decision.Warnings);
    }

    [Fact]
    public void A_file_naming_a_later_version_does_not_skip_numbers()
    {
        var decision = VersionLifecycle.DecideSave([Stored(1, PlanState.Published)], Plan("Revisi") with { Version = 7 }, Token);

        Assert.Equal(SaveAction.CreateVersion, decision.Action);
        Assert.Equal(2, decision.Version);
        Assert.Equal(PlanState.Draft, decision.Content!.State);
    }

    [Fact]
    public void A_file_that_says_published_is_stored_as_a_draft_with_a_warning()
    {
        var decision = VersionLifecycle.DecideSave([], Plan() with { State = PlanState.Published, Version = 3 }, Token);

        Assert.Equal(SaveAction.CreateVersion, decision.Action);
        Assert.Equal(PlanState.Draft, decision.Content!.State);
        var warning = Assert.Single(decision.Warnings);
        Assert.Equal("KRS105", warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("karsa publish", warning.Hint!.English, StringComparison.Ordinal);
        Assert.Contains("karsa publish", warning.Hint.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void Saving_over_a_draft_replaces_it_and_over_a_published_version_creates_the_next_draft()
    {
        var overDraft = VersionLifecycle.DecideSave([Stored(1, PlanState.Published), Stored(2, PlanState.Draft)], Plan("Baru"), Token);
        var overPublished = VersionLifecycle.DecideSave([Stored(2, PlanState.Published), Stored(1, PlanState.Published)], Plan("Baru"), Token);

        Assert.Equal((SaveAction.ReplaceDraft, 2), (overDraft.Action, overDraft.Version));
        Assert.Equal((SaveAction.CreateVersion, 3), (overPublished.Action, overPublished.Version));
        Assert.Equal(3, overPublished.Content!.Version);
    }

    [Theory]
    [InlineData(PlanState.Draft, PlanState.Draft)]
    [InlineData(PlanState.Published, PlanState.Draft)]
    [InlineData(PlanState.Published, PlanState.Published)]
    public void Content_equal_to_the_newest_version_is_unchanged_whatever_its_version_and_state(PlanState stored, PlanState inFile)
    {
        var decision = VersionLifecycle.DecideSave([Stored(1, PlanState.Published), Stored(2, stored)], Plan() with { Version = 1, State = inFile }, Token);

        Assert.Equal(SaveAction.Unchanged, decision.Action);
        Assert.Equal(2, decision.Version);
        Assert.False(decision.Writes);
        Assert.Null(decision.Content);
    }

    [Fact]
    public void A_save_from_a_stale_token_is_a_conflict_naming_the_newer_version()
    {
        var v1 = Stored(1, PlanState.Published);
        var v2 = Stored(2, PlanState.Draft, "Draf orang lain");

        var decision = VersionLifecycle.DecideSave([v1, v2], Plan("Suntingan saya"), Token, basedOn: v1.Token);

        Assert.Equal(SaveAction.Conflict, decision.Action);
        Assert.Equal(v2, decision.Newest);
        Assert.Equal("ani", decision.Newest!.SavedBy);
        Assert.False(decision.Writes);
    }

    [Fact]
    public void A_save_from_the_newest_token_goes_ahead()
    {
        var v1 = Stored(1, PlanState.Published);
        var v2 = Stored(2, PlanState.Draft, "Draf");

        Assert.Equal(SaveAction.CreateVersion, VersionLifecycle.DecideSave([v1], Plan("Edit"), Token, basedOn: v1.Token).Action);
        Assert.Equal(SaveAction.ReplaceDraft, VersionLifecycle.DecideSave([v1, v2], Plan("Edit"), Token, basedOn: v2.Token).Action);
    }

    [Fact]
    public void Only_a_draft_is_published_and_publishing_again_is_its_own_outcome()
    {
        var stored = new[] { Stored(1, PlanState.Published), Stored(2, PlanState.Draft) };

        Assert.Equal((PublishAction.Publish, 2), Pair(VersionLifecycle.DecidePublish(stored)));
        Assert.Equal((PublishAction.AlreadyPublished, 1), Pair(VersionLifecycle.DecidePublish(stored, 1)));
        Assert.Equal((PublishAction.NotFound, 4), Pair(VersionLifecycle.DecidePublish(stored, 4)));
        Assert.Equal((PublishAction.NotFound, 0), Pair(VersionLifecycle.DecidePublish([])));
        Assert.Equal((PublishAction.Conflict, 2), Pair(VersionLifecycle.DecidePublish(stored, expectedToken: stored[0].Token)));
        Assert.Equal((PublishAction.Publish, 2), Pair(VersionLifecycle.DecidePublish(stored, 2, stored[1].Token)));

        static (PublishAction, int) Pair(PublishDecision decision) => (decision.Action, decision.Version);
    }

    [Fact]
    public void A_new_draft_copies_the_newest_published_version_as_the_next_number()
    {
        Assert.Equal(new NewDraftDecision(NewDraftAction.CopyPublished, 3, 2),
            VersionLifecycle.DecideNewDraft([Stored(1, PlanState.Published), Stored(2, PlanState.Published)]));
        Assert.Equal(new NewDraftDecision(NewDraftAction.DraftExists, 2, null),
            VersionLifecycle.DecideNewDraft([Stored(1, PlanState.Published), Stored(2, PlanState.Draft)]));
        Assert.Equal(NewDraftAction.NothingStored, VersionLifecycle.DecideNewDraft([]).Action);

        var copy = VersionLifecycle.DraftCopy(Plan() with { Version = 2, State = PlanState.Published }, 3);
        Assert.Equal(Plan() with { Version = 3 }, copy);
    }

    [Fact]
    public void Restore_keeps_a_plan_that_breaks_todays_rules_with_its_problems_as_warnings()
    {
        var broken = SamplePlans.Minimal() with { Period = new PlanPeriod(new FiscalYear(2023), new FiscalYear(2031)) };

        var refused = Assert.Throws<DomainException>(() => Masterplan.Create(broken));
        var restored = Masterplan.Restore(broken);

        Assert.Equal(broken, restored.Content);
        Assert.All(restored.Warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.Subset(restored.Warnings.Select(w => w.Code).ToHashSet(), refused.Problems.Select(p => p.Code).ToHashSet());
        Assert.Contains("KRS034", restored.Warnings.Select(w => w.Code));
    }
}
