using Karsa.Domain.Primitives;

namespace Karsa.Interchange.Spreadsheets;

/// <summary>Whom a progress workbook reports for, as its metadata sheet says (checked again against the template when it is read).</summary>
/// <param name="Region">The region code written in the workbook.</param>
/// <param name="Agency">The agency code written in the workbook.</param>
/// <param name="Year">The fiscal year written in the workbook.</param>
public sealed record ProgressSheetIdentity(string Region, string Agency, int Year);

/// <summary>The workbook's identity, or (when null) the problems that keep it from being identified.</summary>
/// <param name="Identity">Whom it reports for; null when it cannot be told.</param>
/// <param name="Problems">Why it cannot be told; empty when identified.</param>
public sealed record ProgressSheetIdentification(ProgressSheetIdentity? Identity, ValueList<SheetProblem> Problems);
