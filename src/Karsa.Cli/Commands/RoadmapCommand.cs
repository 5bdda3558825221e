using System.CommandLine;
using Karsa.Application.Roadmaps;
using Karsa.Cli.Output;
using Karsa.Planning.Roadmaps;

namespace Karsa.Cli.Commands;

/// <summary>
/// <c>karsa roadmap FILE|REGION [--scenario NAME] [--time-limit SECONDS] [--format table|json|csv] [--explain [CODES]] [--adopt]</c>:
/// the optimal budget-feasible roadmap with its reasons, or a scenario and its difference from the baseline.
/// </summary>
internal static class RoadmapCommand
{
    public static Command Create(CliContext context)
    {
        var source = new Argument<string>("FILE|REGION") { Description = context.T("Berkas rencana, atau kode wilayah yang tersimpan", "Plan file, or the code of a stored region") };
        var scenario = new Option<string?>("--scenario") { Description = context.T("Nama skenario dari berkas rencana", "Scenario name from the plan file"), HelpName = "NAME" };
        var timeLimit = new Option<double>("--time-limit") { Description = context.T("Batas waktu seluruh penyusunan, termasuk --explain; detik", "Time limit of the whole planning, --explain included; seconds"), DefaultValueFactory = _ => 10, HelpName = "SECONDS" };
        var format = new Option<string>("--format") { Description = context.T("Bentuk keluaran", "Output format"), DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var strategy = new Option<string>("--strategy") { Description = context.T("optimal (CP-SAT) atau greedy (cara spreadsheet)", "optimal (CP-SAT) or greedy (the spreadsheet method)"), DefaultValueFactory = _ => "optimal" };
        strategy.AcceptOnlyFromAmong("optimal", "greedy");
        var quickWins = new Option<int?>("--quick-wins") { Description = context.T("Jumlah quick win seluruhnya (bawaan: satu per dimensi)", "Number of quick wins in all (default: one per dimension)"), HelpName = "N" };
        var seed = new Option<int>("--seed") { Description = context.T("Benih acak pemecah (hasil sama untuk benih sama)", "Solver random seed (same seed, same result)") };
        var explain = new Option<string?>("--explain")
        {
            Description = context.T(
                "Hitung apa yang dibutuhkan agar program masuk: semua program (tanpa nilai) atau kode program dipisah koma",
                "Work out what it would take to bring programmes in: all of them (no value) or comma-separated programme codes"),
            HelpName = "CODES",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var adopt = new Option<bool>("--adopt")
        {
            Description = context.T("Simpan peta jalan ini sebagai peta jalan yang diadopsi dalam draf wilayah", "Store this roadmap as the adopted roadmap of the region's draft"),
        };
        var version = CommonOptions.Version(context);
        var db = CommonOptions.Database(context);
        var command = new Command("roadmap", context.T(
            "Menyusun peta jalan optimal sesuai pagu, dengan alasan tiap keputusan",
            "Plan the optimal budget-feasible roadmap, with the reason for every decision"))
        { source, scenario, timeLimit, format, strategy, quickWins, seed, explain, adopt, version, db };
        command.SetAction(async (parse, cancel) =>
        {
            var seconds = parse.GetValue(timeLimit);
            if (seconds is <= 0 or > 3600)
            {
                context.Error.WriteLine(context.T("--time-limit harus antara 0 dan 3600 detik", "--time-limit must be between 0 and 3600 seconds"));
                return ExitCodes.Usage;
            }

            var request = new RoadmapRequest
            {
                Source = parse.GetValue(source)!,
                Database = parse.GetValue(db),
                Version = parse.GetValue(version),
                Scenario = parse.GetValue(scenario),
                TimeLimit = TimeSpan.FromSeconds(seconds),
                Strategy = parse.GetValue(strategy) == "greedy" ? PlanningStrategy.Greedy : PlanningStrategy.Optimal,
                QuickWins = parse.GetValue(quickWins),
                Seed = parse.GetValue(seed),
                WhatIfs = WhatIfs(parse.GetResult(explain) is not null, parse.GetValue(explain)),
                Adopt = parse.GetValue(adopt),
            };
            var result = await UseCaseOutput.WithStatusAsync(context, context.T("Menyusun peta jalan...", "Planning the roadmap..."),
                progress => PlanRoadmap.RunAsync(request, progress, cancel));
            UseCaseOutput.Warnings(context, result.Warnings);
            if (!result.Succeeded)
            {
                return UseCaseOutput.Fail(context, result.Error);
            }

            RoadmapOutput.Write(context, parse.GetValue(format)!, result.Value.Roadmap, result.Value.Scenario);
            if (result.Value.Saved is { } saved)
            {
                context.Error.WriteLine(context.T(
                    $"Peta jalan diadopsi ke draf {saved.RegionCode} versi {saved.Version}; terbitkan dengan: karsa publish {saved.RegionCode}",
                    $"Roadmap adopted into draft {saved.RegionCode} version {saved.Version}; publish it with: karsa publish {saved.RegionCode}"));
            }
            else if (result.Value.FromAdoption)
            {
                context.Error.WriteLine(context.T(
                    "Peta jalan yang diadopsi dan diterbitkan (tanpa penyusunan ulang).", "The adopted, published roadmap (not solved again)."));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>No <c>--explain</c>: none; <c>--explain</c> alone: all; <c>--explain A,B</c>: those programmes.</summary>
    private static WhatIfSelection WhatIfs(bool given, string? codes) =>
        !given ? WhatIfSelection.None
        : string.IsNullOrWhiteSpace(codes) ? WhatIfSelection.All
        : WhatIfSelection.For(codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => new Domain.Primitives.ProgrammeCode(c)));
}
