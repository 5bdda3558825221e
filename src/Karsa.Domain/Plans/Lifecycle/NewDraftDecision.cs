namespace Karsa.Domain.Plans.Lifecycle;

/// <summary>What starting a new draft does.</summary>
public enum NewDraftAction
{
    /// <summary>Copy the newest (published) version as draft version <see cref="NewDraftDecision.Version"/>.</summary>
    CopyPublished,

    /// <summary>The newest version already is a draft (there is at most one): keep working on it.</summary>
    DraftExists,

    /// <summary>The region has no stored version to start from.</summary>
    NothingStored,
}

/// <summary>
/// The lifecycle's answer to "start a new draft": the action, the draft's version number, and the
/// published version it starts from (for <see cref="NewDraftAction.CopyPublished"/>).
/// </summary>
public sealed record NewDraftDecision(NewDraftAction Action, int Version, int? FromVersion);
