using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Karsa.Interchange.Spreadsheets;
using Karsa.Interchange.Spreadsheets.Writing;
using Karsa.Testing;

namespace Karsa.Interchange.Tests.Spreadsheets;

/// <summary>Files built to mislead or exhaust the reader get one clear problem, in bounded memory.</summary>
public class HostileWorkbookTests
{
    [Fact]
    public void Text_that_is_not_a_zip_is_not_a_workbook() =>
        SheetSamples.Read("kode,status\nGOV-01,Berjalan\n"u8.ToArray(), SheetSamples.Template()).SingleProblem()
            .AssertAt(SheetProblemKind.NotAWorkbook, null, null, null);

    [Fact]
    public void An_OLE_compound_file_is_reported_as_encrypted_or_old_xls()
    {
        byte[] compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        SheetSamples.Read(compound, SheetSamples.Template()).SingleProblem().AssertAt(SheetProblemKind.Encrypted, null, null, null);
    }

    [Fact]
    public void A_zip_without_a_workbook_is_not_a_workbook()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("readme.txt").Open();
            entry.Write("hello"u8);
        }

        SheetSamples.Read(stream.ToArray(), SheetSamples.Template()).SingleProblem().AssertAt(SheetProblemKind.NotAWorkbook, null, null, null);
    }

    [Fact]
    public void An_entry_that_inflates_a_thousandfold_is_refused_from_the_zip_directory()
    {
        // 32 MiB of zeros deflate to about 32 KiB: a ratio near 1000, over the limit of 100.
        var file = WithExtraEntry(SheetSamples.Write(SheetSamples.Template()), "xl/media/bomb.bin", 32L * 1024 * 1024);

        var problem = SheetSamples.Read(file, SheetSamples.Template()).SingleProblem();

        problem.AssertAt(SheetProblemKind.TooLarge, null, null, null);
        Assert.Contains("xl/media/bomb.bin", problem.Message.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_whose_total_passes_the_limit_are_refused()
    {
        var file = WithExtraEntry(SheetSamples.Write(SheetSamples.Template()), "xl/media/pad.bin", 2L * 1024 * 1024);

        var problem = SheetSamples.Read(file, SheetSamples.Template(), new SpreadsheetLimits { MaxTotalBytes = 1024 * 1024, MaxCompressionRatio = 100_000 }).SingleProblem();

        problem.AssertAt(SheetProblemKind.TooLarge, null, null, null);
    }

    [Fact]
    public void A_sheet_of_a_million_rows_stops_at_the_row_limit_without_reading_the_rest()
    {
        var path = Path.Combine(Path.GetTempPath(), $"karsa-million-{Guid.NewGuid():N}.xlsx");
        try
        {
            WriteMillionRowWorkbook(path, 1_000_000);
            using var file = File.OpenRead(path);

            var result = Karsa.Interchange.Spreadsheets.Reading.ProgressSheetReader.Read(file, SheetSamples.Template());

            // Row 20,001 is the first past the default limit of 20,000 rows.
            result.SingleProblem().AssertAt(SheetProblemKind.TooManyRows, "Program", 20_001, null);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] WithExtraEntry(byte[] workbook, string name, long zeros)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
            var chunk = new byte[1024 * 1024];
            for (long written = 0; written < zeros; written += chunk.Length)
            {
                entry.Write(chunk);
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The template with its programme sheet replaced by a header and <paramref name="rows"/> - 1 empty
    /// rows, streamed into a zip on disk with OpenXmlWriter (nothing of the sheet is held in memory).
    /// </summary>
    private static void WriteMillionRowWorkbook(string path, int rows)
    {
        var template = SheetSamples.Template();
        var templateBytes = SheetSamples.Write(template);
        string programmeEntry;
        using (var editor = new WorkbookEditor(templateBytes))
        {
            programmeEntry = editor.Sheet("Program").WorksheetPart!.Uri.OriginalString.TrimStart('/');
        }

        using var source = new ZipArchive(new MemoryStream(templateBytes), ZipArchiveMode.Read);
        using var output = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var target = new ZipArchive(output, ZipArchiveMode.Create);
        foreach (var entry in source.Entries.Where(e => e.FullName != programmeEntry))
        {
            using var from = entry.Open();
            using var to = target.CreateEntry(entry.FullName).Open();
            from.CopyTo(to);
        }

        using var sheet = target.CreateEntry(programmeEntry, CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(sheet);
        writer.WriteStartDocument();
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        writer.WriteStartElement(new Row { RowIndex = 1 });
        foreach (var column in Karsa.Interchange.Spreadsheets.SheetLayouts.For(template).Programme)
        {
            writer.WriteElement(Cells.Text(column.Index, 1, column.Header.Indonesian, TemplateStyle.Header));
        }

        writer.WriteEndElement();
        for (var row = 2; row <= rows; row++)
        {
            writer.WriteStartElement(new Row { RowIndex = (uint)row });
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
