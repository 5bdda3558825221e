namespace Karsa.Domain.Plans.Lifecycle;

/// <summary>What publishing a version does.</summary>
public enum PublishAction
{
    /// <summary>The version is the draft: publish it.</summary>
    Publish,

    /// <summary>The version is already published: nothing changes (say so).</summary>
    AlreadyPublished,

    /// <summary>No such version is stored.</summary>
    NotFound,

    /// <summary>The draft changed since the token the caller stated: refuse.</summary>
    Conflict,
}

/// <summary>The lifecycle's answer to a publish request, with the version it concerns (0 when nothing is stored).</summary>
public sealed record PublishDecision(PublishAction Action, int Version, StoredVersionFacts? Target);
