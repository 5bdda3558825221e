using Karsa.Domain.Primitives;
using Karsa.Domain.Roadmaps;
using Karsa.Planning.Roadmaps;
using Spectre.Console;

namespace Karsa.Cli.Output;

/// <summary>
/// The roadmap as a table that fits the width it is given: on a wide screen one row per programme
/// with its reasons beside it; on a narrow one (an 80-column terminal) the start and end years share a
/// column and the reasons follow the table, each wrapped at word boundaries under its programme code.
/// </summary>
internal static class RoadmapTable
{
    /// <summary>Below this width the reasons leave the table.</summary>
    public const int WideFrom = 140;

    /// <summary>Writes the programmes of <paramref name="roadmap"/> to <paramref name="console"/>, fitting <paramref name="width"/>.</summary>
    public static void Write(CliContext context, IAnsiConsole console, Roadmap roadmap, int width)
    {
        var language = context.Language;
        var wide = width >= WideFrom;
        var table = new Table().Border(TableBorder.Rounded).Title(context.T("Peta jalan", "Roadmap"));
        table.AddColumn(new TableColumn(context.T("Kode", "Code")).NoWrap());
        table.AddColumn(context.T("Program", "Programme"));
        if (wide)
        {
            table.AddColumn(new TableColumn(context.T("Mulai", "Start")).NoWrap());
            table.AddColumn(new TableColumn(context.T("Selesai", "End")).NoWrap());
        }
        else
        {
            table.AddColumn(new TableColumn(context.T("Tahun", "Years")).NoWrap());
        }

        table.AddColumn(new TableColumn(context.T("Tahap", "Term")).NoWrap());
        if (wide)
        {
            table.AddColumn(context.T("Alasan", "Reasons"));
        }

        var entries = roadmap.Programmes.OrderBy(e => e.Start?.Value ?? int.MaxValue).ThenBy(e => e.Code.Value, StringComparer.Ordinal).ToList();
        foreach (var entry in entries)
        {
            var name = Markup.Escape(entry.Programme.Name.In(language));
            var term = Markup.Escape(TermLabel(context, entry));
            table.AddRow(wide
                ? [Markup.Escape(entry.Code.Value), name, Year(entry.Start), Year(entry.End), term, Markup.Escape(string.Join("\n", entry.ReasonsIn(language)))]
                : [Markup.Escape(entry.Code.Value), name, Years(entry), term]);
        }

        console.Write(table);
        if (!wide)
        {
            WriteReasons(context, console, entries, width);
        }
    }

    private static void WriteReasons(CliContext context, IAnsiConsole console, List<RoadmapEntry> entries, int width)
    {
        var explained = entries.Where(e => e.ReasonsIn(context.Language).Any()).ToList();
        if (explained.Count == 0)
        {
            return;
        }

        console.WriteLine(context.T("Alasan:", "Reasons:"));
        var indent = explained.Max(e => e.Code.Value.Length) + 4;
        foreach (var entry in explained)
        {
            var first = true;
            foreach (var reason in entry.ReasonsIn(context.Language))
            {
                foreach (var line in TextWrap.Lines(reason, width - indent))
                {
                    var lead = first ? ("  " + entry.Code.Value).PadRight(indent) : new string(' ', indent);
                    console.WriteLine(lead + line);
                    first = false;
                }
            }
        }
    }

    private static string Year(FiscalYear? year) => year?.ToString() ?? "—";

    private static string Years(RoadmapEntry entry) => entry switch
    {
        { Start: { } start, End: { } end } when start == end => start.ToString(),
        { Start: { } start, End: { } end } => $"{start}–{end}",
        _ => "—",
    };

    private static string TermLabel(CliContext context, RoadmapEntry entry) =>
        entry.Term is { } term ? term.Name().In(context.Language) : context.T("tidak masuk", "excluded");
}
