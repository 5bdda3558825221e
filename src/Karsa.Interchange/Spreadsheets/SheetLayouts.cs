using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Interchange.Spreadsheets;

/// <summary>
/// The column layout of the two data sheets, derived from the template. The writer and the reader
/// share it, so a column is placed and read at one index.
/// </summary>
internal sealed class SheetLayouts
{
    private SheetLayouts(IReadOnlyList<SheetColumn> programme, IReadOnlyList<SheetColumn> indicator)
    {
        Programme = programme;
        Indicator = indicator;
    }

    /// <summary>Programme sheet columns: code, name, planned per source, status, progress, realised per source, notes.</summary>
    public IReadOnlyList<SheetColumn> Programme { get; }

    /// <summary>Indicator sheet columns: code, name, unit, target, value, period, source.</summary>
    public IReadOnlyList<SheetColumn> Indicator { get; }

    /// <summary>The layout for the funding sources of <paramref name="template"/>.</summary>
    public static SheetLayouts For(ProgressSheetTemplate template)
    {
        var programme = new List<(string, LocalizedText, ColumnContent, double)>
        {
            (Fields.Code, SheetTexts.CodeHeader, ColumnContent.LockedText, 14),
            (Fields.Name, SheetTexts.NameHeader, ColumnContent.LockedText, 40),
        };
        programme.AddRange(template.Sources.Select(s => (Fields.Planned(s.Source), SheetTexts.PlannedHeader(s), ColumnContent.LockedMoney, 18d)));
        programme.Add((Fields.Status, SheetTexts.StatusHeader, ColumnContent.Status, 20));
        programme.Add((Fields.Progress, SheetTexts.ProgressHeader, ColumnContent.Percent, 12));
        programme.AddRange(template.Sources.Select(s => (Fields.Realised(s.Source), SheetTexts.RealisedHeader(s), ColumnContent.Money, 18d)));
        programme.Add((Fields.Notes, SheetTexts.NotesHeader, ColumnContent.Text, 40));

        (string, LocalizedText, ColumnContent, double)[] indicator =
        [
            (Fields.Code, SheetTexts.CodeHeader, ColumnContent.LockedText, 16),
            (Fields.Name, SheetTexts.NameHeader, ColumnContent.LockedText, 40),
            (Fields.Unit, SheetTexts.UnitHeader, ColumnContent.LockedText, 10),
            (Fields.Target, SheetTexts.TargetHeader, ColumnContent.LockedNumber, 12),
            (Fields.Value, SheetTexts.ValueHeader, ColumnContent.Number, 12),
            (Fields.Period, SheetTexts.PeriodHeader, ColumnContent.Text, 12),
            (Fields.Source, SheetTexts.SourceHeader, ColumnContent.Text, 30),
        ];
        return new SheetLayouts(Number(programme), Number(indicator));
    }

    private static SheetColumn[] Number(IEnumerable<(string Field, LocalizedText Header, ColumnContent Content, double Width)> columns) =>
        [.. columns.Select((c, index) => new SheetColumn(index, c.Field, c.Header, c.Content, c.Width))];

    /// <summary>Field keys of the columns, as problems name them.</summary>
    public static class Fields
    {
        /// <summary>The code column.</summary>
        public const string Code = "code";

        /// <summary>The name column.</summary>
        public const string Name = "name";

        /// <summary>The status column.</summary>
        public const string Status = "status";

        /// <summary>The progress column.</summary>
        public const string Progress = "progress";

        /// <summary>The notes column.</summary>
        public const string Notes = "notes";

        /// <summary>The unit column.</summary>
        public const string Unit = "unit";

        /// <summary>The target column.</summary>
        public const string Target = "target";

        /// <summary>The observed value column.</summary>
        public const string Value = "value";

        /// <summary>The observation period column.</summary>
        public const string Period = "period";

        /// <summary>The data source column.</summary>
        public const string Source = "source";

        /// <summary>The planned money of <paramref name="source"/>.</summary>
        public static string Planned(FundingSource source) => "planned." + source.Key;

        /// <summary>The realised money of <paramref name="source"/>.</summary>
        public static string Realised(FundingSource source) => "realised." + source.Key;
    }
}
