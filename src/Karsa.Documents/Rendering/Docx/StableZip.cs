using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Karsa.Documents.Rendering.Docx;

/// <summary>
/// Copies a zip package (a DOCX) entry by entry, in the same order, so that the same book gives the
/// same bytes whenever and wherever it is written. The packaging libraries put three things that
/// change on every run into a package: the current time on each entry, random relationship ids
/// (<c>R63f48603588d4a03</c>) and a random name for the core-properties part. The copy sets every
/// entry's time to 1980-01-01, renumbers the random ids in order of first appearance (<c>rId1</c>,
/// <c>rId2</c>, ...) and names the core-properties part <c>core.psmdcp</c>.
/// </summary>
internal static partial class StableZip
{
    private static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const string CoreProperties = "package/services/metadata/core-properties/core.psmdcp";

    public static void Copy(Stream package, Stream destination)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in source.Entries.Where(e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal)))
        {
            renames[entry.FullName] = CoreProperties;
        }

        foreach (var entry in source.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            foreach (Match id in RandomId().Matches(Read(entry)))
            {
                renames.TryAdd(id.Groups[1].Value, $"rId{renames.Count + 1}");
            }
        }

        using var target = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(renames.GetValueOrDefault(entry.FullName, entry.FullName), CompressionLevel.Optimal);
            copy.LastWriteTime = Epoch;
            using var to = copy.Open();
            if (IsXml(entry.FullName))
            {
                var text = renames.Aggregate(Read(entry), (xml, rename) => xml.Replace(rename.Key, rename.Value, StringComparison.Ordinal));
                to.Write(Encoding.UTF8.GetPreamble());
                to.Write(Encoding.UTF8.GetBytes(text.TrimStart('\uFEFF')));
            }
            else
            {
                using var from = entry.Open();
                from.CopyTo(to);
            }
        }
    }

    private static bool IsXml(string name) => name.EndsWith(".xml", StringComparison.Ordinal) || name.EndsWith(".rels", StringComparison.Ordinal);

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>A relationship id made by the packaging library: R and 16 hexadecimal digits.</summary>
    [GeneratedRegex("Id=\"(R[0-9a-f]{16})\"")]
    private static partial Regex RandomId();
}
