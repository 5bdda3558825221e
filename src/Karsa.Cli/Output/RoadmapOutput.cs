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
                ["spend"] = new JsonArray([.. diff.Spend.Select(s => (JsonNode)new JsonObject { ["source"] = s.Source.Key, ["before"] = s.Before.Value, ["after"] = s.After.Value })]),
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
        var console = Terminal.For(context.Out, width: context.Width);
        var language = context.Language;
        RoadmapTable.Write(context, console, roadmap, context.Width);
        console.Write(SpendTable(context, roadmap));
        var optimal = roadmap.ProvenOptimal ? context.T("terbukti optimal", "proven optimal") : context.T("belum terbukti optimal", "not proven optimal");
        var bound = roadmap.Bound is { } b ? Number(b) : "—";
        var seconds = IndonesianNumbers.FormatDecimal((decimal)roadmap.SolveTime.TotalSeconds, 1);
        var scheduled = IndonesianNumbers.FormatInteger(roadmap.Scheduled.Count());
        var all = IndonesianNumbers.FormatInteger(roadmap.Programmes.Count);
        WriteWrapped(console, context, context.T(
            $"Nilai {Number(roadmap.Objective)}, batas {bound}, {optimal}; {scheduled} dari {all} program terjadwal; {seconds} detik",
            $"Value {Number(roadmap.Objective)}, bound {bound}, {optimal}; {scheduled} of {all} programmes scheduled; {seconds} s"));
        foreach (var warning in roadmap.Warnings)
        {
            WriteWrapped(console, context, context.T("Peringatan: ", "Warning: ") + warning.In(language));
        }

        if (scenario?.Diff is { } diff)
        {
            console.WriteLine();
            WriteWrapped(console, context, context.T($"Perbedaan skenario '{scenario.Scenario.Name}' dari rencana dasar:", $"Scenario '{scenario.Scenario.Name}' against the baseline:"));
            foreach (var line in diff.Describe(language))
            {
                WriteWrapped(console, context, line, "  ");
            }
        }
    }

    private static Table SpendTable(CliContext context, Roadmap roadmap)
    {
        var names = roadmap.View.FundingSources;
        var sources = roadmap.Spend.Select(s => s.Source).Distinct().Order(names.Order).ToList();
        var table = new Table().Border(TableBorder.Rounded).Title(context.T("Belanja per tahun, miliar Rp (terpakai / pagu)", "Spending per year, billion Rp (used / ceiling)"));
        table.AddColumn(context.T("Tahun", "Year"));
        foreach (var source in sources)
        {
            table.AddColumn(new TableColumn(Markup.Escape(names.Label(source, context.Language))).RightAligned());
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

    private static void WriteWrapped(IAnsiConsole console, CliContext context, string text, string indent = "")
    {
        foreach (var line in TextWrap.Lines(text, context.Width - indent.Length))
        {
            console.WriteLine(indent + line);
        }
    }

    private static string Billions(Rupiah amount) => (amount.Value / 1_000_000_000m).ToString("0.00", IndonesianNumbers.Format);

    private static string Number(double value) => IndonesianNumbers.FormatDecimal((decimal)value);
}
