using System.IO.Compression;

namespace Karsa.Interchange.Spreadsheets.Reading;

/// <summary>
/// Checks an upload before the Open XML SDK sees it: the file kind from its first bytes (zip, or an
/// OLE compound file, which is what password-encrypted workbooks and old .xls files are) and the zip
/// directory's declared sizes against <see cref="SpreadsheetLimits"/>. Nothing is inflated here, and
/// .NET's zip reader never yields more than an entry's declared size, so the checks bound what any
/// later read can inflate.
/// </summary>
internal static class PackageGuard
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>A seekable stream over the upload (copied when <paramref name="input"/> cannot seek), or the problem that refuses it.</summary>
    public static (Stream? Seekable, SheetProblem? Problem) Prepare(Stream input, SpreadsheetLimits limits)
    {
        if (input.CanSeek)
        {
            return input.Length - input.Position > limits.MaxFileBytes
                ? (null, SheetProblems.TooLarge("berkas/file", input.Length - input.Position, limits.MaxFileBytes))
                : (input, null);
        }

        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            if (copy.Length + read > limits.MaxFileBytes)
            {
                copy.Dispose();
                return (null, SheetProblems.TooLarge("berkas/file", copy.Length + read, limits.MaxFileBytes));
            }

            copy.Write(buffer, 0, read);
        }

        copy.Position = 0;
        return (copy, null);
    }

    /// <summary>The problem with the file's kind or its zip directory, or null when it may be opened.</summary>
    public static SheetProblem? Check(Stream seekable, SpreadsheetLimits limits)
    {
        var start = seekable.Position;
        var head = new byte[8];
        var length = seekable.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        seekable.Position = start;
        if (length == 8 && head.AsSpan().SequenceEqual(CompoundFileSignature))
        {
            return SheetProblems.Encrypted();
        }

        if (length < 4 || !head.AsSpan(0, 4).SequenceEqual(ZipSignature))
        {
            return SheetProblems.NotAWorkbook();
        }

        try
        {
            using var zip = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
            return CheckEntries(zip.Entries, limits);
        }
        catch (InvalidDataException)
        {
            return SheetProblems.NotAWorkbook();
        }
        finally
        {
            seekable.Position = start;
        }
    }

    private static SheetProblem? CheckEntries(System.Collections.ObjectModel.ReadOnlyCollection<ZipArchiveEntry> entries, SpreadsheetLimits limits)
    {
        if (entries.Count > limits.MaxEntries)
        {
            return SheetProblems.TooLarge("jumlah bagian/part count", entries.Count, limits.MaxEntries);
        }

        long total = 0;
        foreach (var entry in entries)
        {
            if (entry.Length > limits.MaxEntryBytes)
            {
                return SheetProblems.TooLarge(entry.FullName, entry.Length, limits.MaxEntryBytes);
            }

            if (entry.Length >= limits.RatioCheckedFromBytes && entry.Length > (long)limits.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
            {
                return SheetProblems.TooLarge(entry.FullName, entry.Length, (long)limits.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1));
            }

            total += entry.Length;
            if (total > limits.MaxTotalBytes)
            {
                return SheetProblems.TooLarge("total/total", total, limits.MaxTotalBytes);
            }
        }

        return null;
    }
}
