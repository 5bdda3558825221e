using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Interchange.Spreadsheets;
using Karsa.Interchange.Spreadsheets.Reading;
using Karsa.Interchange.Spreadsheets.Writing;

// Generates a 5,000-row agency sheet with the template writer, fills every row's inputs, imports it,
// and prints elapsed time and peak memory. Usage: dotnet run -c Release [rows]
var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5_000;
FundingSource[] sources = [FundingSource.Apbd, FundingSource.Apbn];
var template = new ProgressSheetTemplate(
    new RegionCode("33.13"),
    new AgencyCode("DISKOMINFO"),
    new FiscalYear(2026),
    [new StatusOption("running", new LocalizedText("Berjalan", "Running")), new StatusOption("done", new LocalizedText("Selesai", "Done"))],
    [.. sources.Select(FundingSourceCatalog.Defaults.Definition)],
    [.. Enumerable.Range(1, rows).Select(i => new ProgrammeLine(
        new ProgrammeCode($"P-{i:D5}"),
        new LocalizedText($"Program nomor {i}"),
        [new SourceAmount(FundingSource.Apbd, new Rupiah(1_000_000L * i))]))],
    [new IndicatorLine(new IndicatorCode("LOCAL-1"), new LocalizedText("Layanan daring"), "layanan", 100)]);

var clock = Stopwatch.StartNew();
using var file = new MemoryStream();
ProgressSheetWriter.Write(template, file);
var written = clock.Elapsed;
Fill(file, rows);
var filled = clock.Elapsed;

file.Position = 0;
var importClock = Stopwatch.StartNew();
var result = ProgressSheetReader.Read(file, template);
var import = importClock.Elapsed;
if (!result.IsAccepted || result.Import!.Programmes.Count != rows)
{
    Console.Error.WriteLine("import refused: " + string.Join(Environment.NewLine, result.Problems.Take(5)));
    return 1;
}

using var process = Process.GetCurrentProcess();
process.Refresh();
Console.WriteLine(FormattableString.Invariant($"rows {rows}, file {file.Length / 1024.0:F0} KiB"));
Console.WriteLine(FormattableString.Invariant($"write {written.TotalMilliseconds:F0} ms, fill {(filled - written).TotalMilliseconds:F0} ms, import {import.TotalMilliseconds:F0} ms (target < 5000 ms)"));
Console.WriteLine(FormattableString.Invariant($"peak working set {process.PeakWorkingSet64 / (1024.0 * 1024):F0} MiB (target < 300 MiB), GC heap now {GC.GetTotalMemory(false) / (1024.0 * 1024):F0} MiB"));
return 0;

// Rewrites the programme sheet with every input filled, streaming it (as a user's save would produce shared strings, here numbers and inline text).
static void Fill(MemoryStream file, int rows)
{
    using var document = SpreadsheetDocument.Open(file, true);
    var workbook = document.WorkbookPart!;
    var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Program");
    var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
    string[] headers = [.. part.Worksheet.Descendants<Row>().First().Elements<Cell>().Select(c => c.InnerText)];
    using var writer = OpenXmlWriter.Create(part);
    writer.WriteStartElement(new Worksheet());
    writer.WriteStartElement(new SheetData());
    writer.WriteElement(new Row(headers.Select((h, i) => Text(i, 1, h))) { RowIndex = 1 });
    for (var r = 2; r <= rows + 1; r++)
    {
        var i = r - 1;
        writer.WriteElement(new Row(
            Text(0, r, $"P-{i:D5}"), Text(1, r, $"Program nomor {i}"), Number(2, r, 1_000_000L * i),
            Text(4, r, i % 2 == 0 ? "Selesai" : "Berjalan"), Number(5, r, i % 101), Number(6, r, 500_000L * i),
            Text(7, r, "1.250.000"), Text(8, r, "catatan " + i))
        { RowIndex = (uint)r });
    }

    writer.WriteEndElement();
    writer.WriteEndElement();
}

static Cell Text(int column, int row, string text) => new(new InlineString(new Text(text)))
{
    CellReference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture),
    DataType = CellValues.InlineString,
};

static Cell Number(int column, int row, long value) => new(new CellValue(value.ToString(CultureInfo.InvariantCulture)))
{
    CellReference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture),
};

static string ColumnName(int column) => ((char)('A' + column)).ToString();
