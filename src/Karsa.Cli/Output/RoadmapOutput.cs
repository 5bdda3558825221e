using System.Text.Json;
using System.Text.Json.Nodes;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Roadmaps;
using Karsa.Planning.Roadmaps;
using Karsa.Planning.Scenarios;
using Spectre.Console;

namespace Karsa.Cli.Output;

/// <summary>Renders a roadmap (and a scenario's difference) as a table, JSON or CSV.</summary>
internal static class RoadmapOutput
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Write(CliContext context, string format, Roadmap roadmap, ScenarioOutcome? scenario)
    {
        switch (format)
        {
            case "json":
                context.Out.WriteLine(ToJson(context, roadmap, scenario));
                break;
            case "csv":
                WriteCsv(context, roadmap);
                break;
            default:
                WriteTable(context, roadmap, scenario);
                break;
        }
    }

    private static string ToJson(CliContext context, Roadmap roadmap, ScenarioOutcome? scenario)
    {
        var document = JsonSerializer.SerializeToNode(RoadmapDocument.From(roadmap, context.Language), Json)!.AsObject();
        if (scenario?.Diff is { } diff)
        {
            document["scenario"] = new JsonObject
            {
                ["name"] = scenario.Scenario.Name,
                ["valueBefore"] = Math.Round(diff.ValueBefore, 4),
                ["valueAfter"] = Math.Round(diff.ValueAfter, 4),
                ["moved"] = new JsonArray([.. diff.Moved.Select(m => (JsonNode)new JsonObject { ["code"] = m.Programme.Value, ["from"] = m.From.Value, ["to"] = m.To.Value })]),
                ["added"] = new JsonArray([.. diff.Added.Select(a => (JsonNode)new JsonObject { ["code"] = a.Programme.Value, ["startYear"] = a.Start.Value })]),
                ["dropped"] = new JsonArray([.. diff.Dropped.Select(d => (JsonNode)new JsonObject { ["code"] = d.Programme.Value, ["startYear"] = d.Start.Value })]),
                ["spend"] = new JsonArray([.. diff.Spend.Select(s => (JsonNode)new JsonObject { ["source"] = s.Source.Key(), ["before"] = s.Before.Value, ["after"] = s.After.Value })]),
                ["summary"] = new JsonArray([.. diff.Describe(context.Language).Select(line => (JsonNode)JsonValue.Create(line))]),
            };
        }

        return document.ToJsonString(Json);
    }

    private static void WriteCsv(CliContext context, Roadmap roadmap)
    {
        context.Out.WriteLine(Csv.Line("code", "status", "startYear", "endYear", "term", "quickWin", "score", "value", "reasons"));
        foreach (var row in RoadmapDocument.From(roadmap, context.Language).Programmes)
        {
            context.Out.WriteLine(Csv.Line(row.Code, row.Status, row.StartYear, row.EndYear, row.Term, row.QuickWin, row.Score, row.Value, string.Join(" | ", row.Reasons)));
        }
    }

    private static void WriteTable(CliContext context, Roadmap roadmap, ScenarioOutcome? scenario)
    {
        var console = Terminal.For(context.Out);
        var language = context.Language;
        var programmes = new Table().Border(TableBorder.Rounded).Title(context.T("Peta jalan", "Roadmap"));
        foreach (var header in new[] { context.T("Kode", "Code"), context.T("Program", "Programme"), context.T("Mulai", "Start"), context.T("Selesai", "End"), context.T("Tahap", "Term"), context.T("Alasan", "Reasons") })
        {
            programmes.AddColumn(header);
        }

        foreach (var entry in roadmap.Programmes.OrderBy(e => e.Start?.Value ?? int.MaxValue).ThenBy(e => e.Code.Value, StringComparer.Ordinal))
        {
            programmes.AddRow(
                Markup.Escape(entry.Code.Value),
                Markup.Escape(entry.Programme.Name.In(language)),
                entry.Start?.ToString() ?? "—",
                entry.End?.ToString() ?? "—",
                TermLabel(context, entry),
                Markup.Escape(string.Join("\n", entry.ReasonsIn(language))));
        }

        console.Write(programmes);
        console.Write(SpendTable(context, roadmap));
        var optimal = roadmap.ProvenOptimal ? context.T("terbukti optimal", "proven optimal") : context.T("belum terbukti optimal", "not proven optimal");
        console.WriteLine(context.T(
            $"Nilai {Number(roadmap.Objective)}, batas {(roadmap.Bound is { } b ? Number(b) : "—")}, {optimal}; {roadmap.Scheduled.Count()} dari {roadmap.Programmes.Count} program terjadwal; {IndonesianNumbers.FormatDecimal((decimal)roadmap.SolveTime.TotalSeconds, 1)} detik",
            $"Value {Number(roadmap.Objective)}, bound {(roadmap.Bound is { } c ? Number(c) : "—")}, {optimal}; {roadmap.Scheduled.Count()} of {roadmap.Programmes.Count} programmes scheduled; {roadmap.SolveTime.TotalSeconds:0.0} s"));
        foreach (var warning in roadmap.Warnings)
        {
            console.WriteLine(context.T("Peringatan: ", "Warning: ") + warning.In(language));
        }

        if (scenario?.Diff is { } diff)
        {
            console.WriteLine();
            console.WriteLine(context.T($"Perbedaan skenario '{scenario.Scenario.Name}' dari rencana dasar:", $"Scenario '{scenario.Scenario.Name}' against the baseline:"));
            foreach (var line in diff.Describe(language))
            {
                console.WriteLine("  " + line);
            }
        }
    }

    private static Table SpendTable(CliContext context, Roadmap roadmap)
    {
        var sources = roadmap.Spend.Select(s => s.Source).Distinct().Order().ToList();
        var table = new Table().Border(TableBorder.Rounded).Title(context.T("Belanja per tahun, miliar Rp (terpakai / pagu)", "Spending per year, billion Rp (used / ceiling)"));
        table.AddColumn(context.T("Tahun", "Year"));
        foreach (var source in sources)
        {
            table.AddColumn(new TableColumn(source.Label(context.Language)).RightAligned());
        }

        foreach (var year in roadmap.Spend.GroupBy(s => s.Year).OrderBy(g => g.Key))
        {
            var cells = sources.Select(source => year.FirstOrDefault(s => s.Source == source) is { } line
                ? $"{Billions(line.Spent)} / {(line.Ceiling is { } ceiling ? Billions(ceiling) : "—")}"
                : "—");
            table.AddRow([year.Key.ToString(), .. cells]);
        }

        return table;
    }

    private static string TermLabel(CliContext context, RoadmapEntry entry) =>
        entry.Term is { } term ? term.Name().In(context.Language) : context.T("tidak masuk", "excluded");

    private static string Billions(Rupiah amount) => (amount.Value / 1_000_000_000m).ToString("0.00", IndonesianNumbers.Format);

    private static string Number(double value) => IndonesianNumbers.FormatDecimal((decimal)value);
}
