using Karsa.Domain.Primitives;

namespace Karsa.Interchange.Spreadsheets;

/// <summary>
/// The content of an accepted progress workbook: whom it reports for and the filled rows, in sheet
/// order. Reading the same file twice gives equal values (records with value lists).
/// </summary>
public sealed record ProgressSheetImport(
    RegionCode Region,
    AgencyCode Agency,
    FiscalYear Period,
    ValueList<ProgrammeProgressRow> Programmes,
    ValueList<IndicatorObservationRow> Indicators);

/// <summary>
/// One reported programme: its status key, progress in percent (0..100), money realised per source
/// (only the sources filled in) and notes.
/// </summary>
public sealed record ProgrammeProgressRow(
    ProgrammeCode Code,
    string StatusKey,
    decimal ProgressPercent,
    ValueList<SourceAmount> Realised,
    string? Notes);

/// <summary>One indicator observation: the value measured in a period and where it comes from.</summary>
public sealed record IndicatorObservationRow(IndicatorCode Code, string Period, decimal Value, string? Source);
