using Karsa.Domain.Catalogue;
using Karsa.Domain.Programmes;
using Karsa.Storage.Records;

namespace Karsa.Storage;

/// <summary>Projects a domain programme into its query row (no duration when the plan gives none: a service under way or a programme not estimated yet).</summary>
internal static class ProgrammeProjection
{
    public static ProgrammeRecord From(Programme programme) => new()
    {
        Code = programme.Code.Value,
        Name = programme.Name.Indonesian,
        Dimension = programme.Dimension.Key(),
        Element = programme.Element.Value,
        LeadAgency = programme.LeadAgency.Value,
        DurationYears = programme.DurationYears,
        TotalCost = programme.TotalCost.Value,
        QuickWinCandidate = programme.QuickWinCandidate,
        Mandatory = programme.Mandatory,
    };
}
