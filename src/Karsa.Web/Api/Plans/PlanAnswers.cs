using System.Text.Json;
using Karsa.Domain.Diagnostics;
using Karsa.Storage;

namespace Karsa.Web.Api.Plans;

/// <summary>One version in a region's list.</summary>
/// <param name="Version">Its number.</param>
/// <param name="State"><c>draft</c> or <c>published</c>.</param>
/// <param name="Title">The plan's title (Indonesian).</param>
/// <param name="FirstYear">The plan period's first year.</param>
/// <param name="LastYear">The plan period's last year.</param>
/// <param name="ProgrammeCount">How many programmes it has.</param>
/// <param name="TotalCost">The programmes' total cost in whole Rupiah.</param>
/// <param name="UpdatedAt">When it was last stored.</param>
/// <param name="UpdatedBy">Who stored it last, when known.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="ETag">Its entity tag (send it in <c>If-Match</c>).</param>
public sealed record VersionItem(int Version, string State, string Title, int FirstYear, int LastYear, int ProgrammeCount, long TotalCost,
    DateTimeOffset UpdatedAt, string? UpdatedBy, DateTimeOffset? PublishedAt, string ETag)
{
    /// <summary>The item of a stored version.</summary>
    public static VersionItem Of(PlanVersionSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new(summary.Version, JsonNamingPolicy.CamelCase.ConvertName(summary.State.ToString()), summary.Title, summary.FirstYear,
            summary.LastYear, summary.ProgrammeCount, summary.TotalCost, summary.UpdatedAt, summary.UpdatedBy, summary.PublishedAt,
            Preconditions.ETagOf(summary.Token));
    }
}

/// <summary>What a change of a draft did.</summary>
/// <param name="Outcome"><c>created</c>, <c>draftReplaced</c>, <c>newDraftVersion</c> or <c>unchanged</c>.</param>
/// <param name="Version">The version it concerns.</param>
/// <param name="ETag">That version's entity tag now.</param>
/// <param name="Warnings">What to look at (rules the plan breaks that do not block saving).</param>
public sealed record SaveAnswer(string Outcome, int Version, string ETag, IReadOnlyList<ApiDiagnostic> Warnings)
{
    /// <summary>The answer for a store's outcome and the use case's warnings.</summary>
    public static SaveAnswer Of(SaveOutcome outcome, IReadOnlyList<Diagnostic> warnings)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(warnings);
        return new(JsonNamingPolicy.CamelCase.ConvertName(outcome.Kind.ToString()), outcome.Version, Preconditions.ETagOf(outcome.Token),
            [.. warnings.Select(ApiProblems.Describe)]);
    }
}

/// <summary>What publishing did.</summary>
/// <param name="AlreadyPublished">True when the version was published before (nothing changed).</param>
/// <param name="Version">The published version.</param>
public sealed record PublishAnswer(bool AlreadyPublished, VersionItem Version);
