using Karsa.Domain.Primitives;

namespace Karsa.Interchange.Spreadsheets;

/// <summary>
/// The outcome of reading an upload: all or nothing. Either <see cref="Import"/> holds every filled
/// row and <see cref="Problems"/> is empty, or <see cref="Import"/> is null and the problems say why.
/// </summary>
public sealed record ProgressSheetReadResult(ProgressSheetImport? Import, ValueList<SheetProblem> Problems)
{
    /// <summary>True when the upload was accepted.</summary>
    public bool IsAccepted => Import is not null;

    /// <summary>A refusal for <paramref name="problems"/>.</summary>
    internal static ProgressSheetReadResult Refused(IEnumerable<SheetProblem> problems) => new(null, problems.ToValueList());
}
