using System.CommandLine;
using Karsa.Cli.Output;
using Karsa.Planning.Formulation;
using Karsa.Planning.Roadmaps;
using Karsa.Planning.Scenarios;
using Karsa.Planning.Solving;

namespace Karsa.Cli.Commands;

/// <summary>
/// <c>karsa roadmap FILE|REGION [--scenario NAME] [--time-limit SECONDS] [--format table|json|csv]</c>:
/// the optimal budget-feasible roadmap with its reasons, or a scenario and its difference from the baseline.
/// </summary>
internal static class RoadmapCommand
{
    public static Command Create(CliContext context)
    {
        var source = new Argument<string>("FILE|REGION") { Description = context.T("Berkas rencana, atau kode wilayah yang tersimpan", "Plan file, or the code of a stored region") };
        var scenario = new Option<string?>("--scenario") { Description = context.T("Nama skenario dari berkas rencana", "Scenario name from the plan file"), HelpName = "NAME" };
        var timeLimit = new Option<double>("--time-limit") { Description = context.T("Batas waktu pemecah, detik", "Solver time limit, seconds"), DefaultValueFactory = _ => 10, HelpName = "SECONDS" };
        var format = new Option<string>("--format") { Description = context.T("Bentuk keluaran", "Output format"), DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var strategy = new Option<string>("--strategy") { Description = context.T("optimal (CP-SAT) atau greedy (cara spreadsheet)", "optimal (CP-SAT) or greedy (the spreadsheet method)"), DefaultValueFactory = _ => "optimal" };
        strategy.AcceptOnlyFromAmong("optimal", "greedy");
        var quickWins = new Option<int?>("--quick-wins") { Description = context.T("Jumlah quick win seluruhnya (bawaan: satu per dimensi)", "Number of quick wins in all (default: one per dimension)"), HelpName = "N" };
        var seed = new Option<int>("--seed") { Description = context.T("Benih acak pemecah (hasil sama untuk benih sama)", "Solver random seed (same seed, same result)") };
        var version = CommonOptions.Version(context);
        var db = CommonOptions.Database(context);
        var command = new Command("roadmap", context.T(
            "Menyusun peta jalan optimal sesuai pagu, dengan alasan tiap keputusan",
            "Plan the optimal budget-feasible roadmap, with the reason for every decision"))
        { source, scenario, timeLimit, format, strategy, quickWins, seed, version, db };
        command.SetAction(async (parse, cancel) =>
        {
            var plan = await PlanSource.LoadAsync(context, parse.GetValue(source)!, parse.GetValue(db), parse.GetValue(version), cancel);
            if (plan is null)
            {
                return ExitCodes.InvalidInput;
            }

            var chosen = parse.GetValue(scenario) is { } name ? ScenarioRunner.Find(plan, name) : null;
            if (parse.GetValue(scenario) is { } wanted && chosen is null)
            {
                context.Error.WriteLine(ScenarioRunner.UnknownScenario(plan, wanted).In(context.Language));
                return ExitCodes.InvalidInput;
            }

            var seconds = parse.GetValue(timeLimit);
            if (seconds is <= 0 or > 3600)
            {
                context.Error.WriteLine(context.T("--time-limit harus antara 0 dan 3600 detik", "--time-limit must be between 0 and 3600 seconds"));
                return ExitCodes.Usage;
            }

            var (outcome, scenarioOutcome) = Progresses.Solving(context, progress =>
            {
                var planner = new RoadmapPlanner(new PlannerOptions
                {
                    Strategy = parse.GetValue(strategy) == "greedy" ? PlanningStrategy.Greedy : PlanningStrategy.Optimal,
                    QuickWins = parse.GetValue(quickWins) is { } n ? QuickWinPolicy.Total(n) : QuickWinPolicy.PerDimension,
                    TimeLimit = TimeSpan.FromSeconds(seconds),
                    Solver = new SolverSettings { Seed = parse.GetValue(seed), Progress = progress.Solver },
                    WhatIfs = WhatIfSelection.All,
                    WhatIfProgress = progress.WhatIf,
                });
                if (chosen is null)
                {
                    return (planner.Plan(plan, cancellationToken: cancel), (ScenarioOutcome?)null);
                }

                var run = ScenarioRunner.Run(plan, chosen, planner, cancellationToken: cancel);
                return (run.Result, run);
            });

            if (outcome.Error is { } error)
            {
                context.Error.WriteLine(error.Message(context.Language));
                return ExitCodes.Infeasible;
            }

            RoadmapOutput.Write(context, parse.GetValue(format)!, outcome.Roadmap!, scenarioOutcome);
            return ExitCodes.Ok;
        });
        return command;
    }
}
