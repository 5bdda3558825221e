using Karsa.Domain.Diagnostics;

namespace Karsa.Domain.Plans.Lifecycle;

/// <summary>
/// The rules of a region's plan versions, as pure decisions over the facts of the stored versions (no
/// I/O; the store carries them out in one transaction):
/// <list type="bullet">
/// <item>the store assigns version numbers: a plan's own <see cref="MasterplanContent.Version"/> is ignored;</item>
/// <item>a save always stores a draft; content that says <c>published</c> is stored as a draft with warning KRS105, and only publishing publishes;</item>
/// <item>at most the newest version is a draft: a save replaces it, or, when the newest is published, creates the next version;</item>
/// <item>content equal to the newest version (version number and state aside) changes nothing;</item>
/// <item>a save that states the token it started from is refused when the newest version has another token;</item>
/// <item>a new draft starts as a copy of the newest published version.</item>
/// </list>
/// </summary>
public static class VersionLifecycle
{
    /// <summary>
    /// Decides what saving <paramref name="incoming"/> does. <paramref name="tokenOf"/> computes the token
    /// content would have once stored (the store's content fingerprint); <paramref name="basedOn"/> is the
    /// token of the version the edit started from, or null for a plain file import, which may replace
    /// the newest draft.
    /// </summary>
    public static SaveDecision DecideSave(
        IReadOnlyList<StoredVersionFacts> existing, MasterplanContent incoming, Func<MasterplanContent, string> tokenOf, string? basedOn = null)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(tokenOf);
        IReadOnlyList<Diagnostic> warnings = incoming.State == PlanState.Published ? [Problems.ImportedAsDraft(incoming.Version)] : [];
        var newest = Newest(existing);
        if (newest is null)
        {
            return Write(SaveAction.CreateVersion, 1, incoming, warnings);
        }

        if (tokenOf(incoming with { Version = newest.Version, State = newest.State }) == newest.Token)
        {
            return new SaveDecision(SaveAction.Unchanged, newest.Version, null, warnings, newest);
        }

        if (basedOn is not null && basedOn != newest.Token)
        {
            return new SaveDecision(SaveAction.Conflict, newest.Version, null, warnings, newest);
        }

        return newest.State == PlanState.Draft
            ? Write(SaveAction.ReplaceDraft, newest.Version, incoming, warnings)
            : Write(SaveAction.CreateVersion, newest.Version + 1, incoming, warnings);
    }

    /// <summary>
    /// Decides what publishing <paramref name="version"/> (the newest when null) does. When
    /// <paramref name="expectedToken"/> is given, the draft must still have that token.
    /// </summary>
    public static PublishDecision DecidePublish(IReadOnlyList<StoredVersionFacts> existing, int? version = null, string? expectedToken = null)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var target = version is { } wanted ? existing.FirstOrDefault(v => v.Version == wanted) : Newest(existing);
        if (target is null)
        {
            return new PublishDecision(PublishAction.NotFound, version ?? 0, null);
        }

        var action = target.State switch
        {
            PlanState.Published => PublishAction.AlreadyPublished,
            _ when expectedToken is not null && expectedToken != target.Token => PublishAction.Conflict,
            _ => PublishAction.Publish,
        };
        return new PublishDecision(action, target.Version, target);
    }

    /// <summary>Decides what starting a new draft does: a copy of the newest published version as the next version.</summary>
    public static NewDraftDecision DecideNewDraft(IReadOnlyList<StoredVersionFacts> existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        return Newest(existing) switch
        {
            null => new NewDraftDecision(NewDraftAction.NothingStored, 0, null),
            { State: PlanState.Draft } draft => new NewDraftDecision(NewDraftAction.DraftExists, draft.Version, null),
            var published => new NewDraftDecision(NewDraftAction.CopyPublished, published.Version + 1, published.Version),
        };
    }

    /// <summary>The content of a new draft copied from <paramref name="published"/> as version <paramref name="version"/>.</summary>
    public static MasterplanContent DraftCopy(MasterplanContent published, int version)
    {
        ArgumentNullException.ThrowIfNull(published);
        return published with { Version = version, State = PlanState.Draft };
    }

    private static StoredVersionFacts? Newest(IReadOnlyList<StoredVersionFacts> existing) => existing.MaxBy(v => v.Version);

    private static SaveDecision Write(SaveAction action, int version, MasterplanContent incoming, IReadOnlyList<Diagnostic> warnings) =>
        new(action, version, DraftCopy(incoming, version), warnings, null);
}
