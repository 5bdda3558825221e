using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Karsa.Domain.Primitives;
using Fields = Karsa.Interchange.Spreadsheets.SheetLayouts.Fields;

namespace Karsa.Interchange.Spreadsheets.Writing;

/// <summary>Streams the programme and indicator sheets: a header row, one row per line, protection and validations.</summary>
internal static class DataSheetWriter
{
    /// <summary>Writes the programme sheet.</summary>
    public static void WriteProgrammes(WorksheetPart part, ProgressSheetTemplate template, IReadOnlyList<SheetColumn> columns)
    {
        var count = template.Programmes.Count;
        Write(part, template.Language, columns, template.Programmes, (line, column, row) => column.Field switch
        {
            Fields.Code => Cells.Text(column.Index, row, line.Code.Value, TemplateStyle.LockedText),
            Fields.Name => Cells.Text(column.Index, row, line.Name.In(template.Language), TemplateStyle.LockedText),
            _ when column.Content == ColumnContent.LockedMoney => line.Planned.FirstOrDefault(p => Fields.Planned(p.Source) == column.Field) is { } planned
                ? Cells.Number(column.Index, row, planned.Amount.Value, TemplateStyle.LockedMoney)
                : Cells.Empty(column.Index, row, TemplateStyle.LockedMoney),
            _ => Cells.Empty(column.Index, row, TemplateStyles.For(column.Content)),
        }, [.. columns.Select(column => column.Content switch
        {
            ColumnContent.Status => StatusList(column, count, template),
            ColumnContent.Percent => Between(column, count, "0", "100", template.Language),
            ColumnContent.Money => AtLeastZero(column, count, template.Language),
            _ => null,
        }).OfType<DataValidation>()]);
    }

    /// <summary>Writes the indicator sheet; the period cells start with the template's year.</summary>
    public static void WriteIndicators(WorksheetPart part, ProgressSheetTemplate template, IReadOnlyList<SheetColumn> columns) =>
        Write(part, template.Language, columns, template.Indicators, (line, column, row) => column.Field switch
        {
            Fields.Code => Cells.Text(column.Index, row, line.Code.Value, TemplateStyle.LockedText),
            Fields.Name => Cells.Text(column.Index, row, line.Name.In(template.Language), TemplateStyle.LockedText),
            Fields.Unit => Cells.Text(column.Index, row, line.Unit, TemplateStyle.LockedText),
            Fields.Target => Cells.Number(column.Index, row, line.Target, TemplateStyle.LockedNumber),
            Fields.Period => Cells.Text(column.Index, row, template.Period.ToString(), TemplateStyle.InputText),
            _ => Cells.Empty(column.Index, row, TemplateStyles.For(column.Content)),
        }, []);

    private static void Write<T>(
        WorksheetPart part,
        Language language,
        IReadOnlyList<SheetColumn> columns,
        IReadOnlyList<T> lines,
        Func<T, SheetColumn, int, Cell> cell,
        IReadOnlyList<DataValidation> validations)
    {
        using var sheet = new SheetStream(part, columns.Select(c => c.Width), freezeHeader: true);
        sheet.Row(1, columns.Select(c => Cells.Text(c.Index, 1, c.Header.In(language), TemplateStyle.Header)));
        for (var i = 0; i < lines.Count; i++)
        {
            var row = i + 2;
            sheet.Row(row, columns.Select(c => cell(lines[i], c, row)));
        }

        sheet.Finish(lines.Count == 0 ? [] : validations);
    }

    private static DataValidation StatusList(SheetColumn column, int rows, ProgressSheetTemplate template) =>
        Validation(column, rows, DataValidationValues.List, template.Language, new LocalizedText("Pilih status dari daftar.", "Choose a status from the list."),
            new Formula1(MetadataSheet.StatusRange(template.Statuses.Count)));

    private static DataValidation Between(SheetColumn column, int rows, string low, string high, Language language)
    {
        var validation = Validation(column, rows, DataValidationValues.Decimal, language, new LocalizedText($"Isi angka {low} sampai {high}.", $"Enter a number from {low} to {high}."),
            new Formula1(low), new Formula2(high));
        validation.Operator = DataValidationOperatorValues.Between;
        return validation;
    }

    private static DataValidation AtLeastZero(SheetColumn column, int rows, Language language)
    {
        var validation = Validation(column, rows, DataValidationValues.Decimal, language, new LocalizedText("Isi rupiah utuh, 0 atau lebih.", "Enter whole Rupiah, 0 or more."),
            new Formula1("0"));
        validation.Operator = DataValidationOperatorValues.GreaterThanOrEqual;
        return validation;
    }

    private static DataValidation Validation(SheetColumn column, int rows, DataValidationValues type, Language language, LocalizedText message, params OpenXmlElement[] formulas) =>
        new(formulas)
        {
            Type = type,
            AllowBlank = true,
            ShowErrorMessage = true,
            ShowInputMessage = true,
            ErrorTitle = column.Header.In(language),
            Error = message.In(language),
            PromptTitle = column.Header.In(language),
            Prompt = message.In(language),
            SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{column.Letter}2:{column.Letter}{rows + 1}" },
        };
}
