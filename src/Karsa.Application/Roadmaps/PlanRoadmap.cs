using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Roadmaps;
using Karsa.Planning.Formulation;
using Karsa.Planning.Roadmaps;
using Karsa.Planning.Scenarios;
using Karsa.Planning.Solving;
using Karsa.Storage;

namespace Karsa.Application.Roadmaps;

/// <summary>What to plan and how (<c>karsa roadmap</c>).</summary>
public sealed record RoadmapRequest
{
    /// <summary>A plan file, or a stored region's code.</summary>
    public required string Source { get; init; }

    /// <summary>The database (<c>--db</c>); null for the default.</summary>
    public string? Database { get; init; }

    /// <summary>Who asks (the audit log's actor of an adoption); null for the command line.</summary>
    public string? Author { get; init; }

    /// <summary>The stored version; null for the newest.</summary>
    public int? Version { get; init; }

    /// <summary>A scenario of the plan to plan under, compared with the baseline.</summary>
    public string? Scenario { get; init; }

    /// <summary>One limit for the whole planning (solve and requested what-ifs).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Optimal or greedy.</summary>
    public PlanningStrategy Strategy { get; init; } = PlanningStrategy.Optimal;

    /// <summary>Quick wins in all; null for the plan's rule (one per priority dimension, or per dimension).</summary>
    public int? QuickWins { get; init; }

    /// <summary>The solver's seed.</summary>
    public int Seed { get; init; }

    /// <summary>Which "what it would take" answers to work out.</summary>
    public WhatIfSelection WhatIfs { get; init; } = WhatIfSelection.None;

    /// <summary>Store the roadmap in the region's draft as its adopted roadmap.</summary>
    public bool Adopt { get; init; }
}

/// <summary>A planned (or adopted) roadmap.</summary>
/// <param name="Roadmap">The roadmap.</param>
/// <param name="Scenario">The scenario run and its difference from the baseline, when one was asked for.</param>
/// <param name="FromAdoption">True when it is the plan's adopted roadmap, shown without a new solve.</param>
/// <param name="Saved">Where the adopted roadmap was stored, when <see cref="RoadmapRequest.Adopt"/> was asked.</param>
public sealed record RoadmapAnswer(Roadmap Roadmap, ScenarioOutcome? Scenario, bool FromAdoption, SaveOutcome? Saved);

/// <summary>
/// Use case: the roadmap of a plan. A published stored version shows its adopted roadmap and is never
/// solved again; otherwise the planner solves (under a scenario when asked) and, with
/// <see cref="RoadmapRequest.Adopt"/>, the roadmap is stored in the region's draft (stating the draft's
/// token, so a concurrent edit gives a conflict, never a lost update).
/// </summary>
public static class PlanRoadmap
{
    /// <summary>Plans as <paramref name="request"/> says.</summary>
    public static async Task<UseCaseResult<RoadmapAnswer>> RunAsync(RoadmapRequest request, IProgress<UseCaseProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await PlanSource.LoadAsync(request.Source, request.Database, request.Version, cancellationToken).ConfigureAwait(false);
        if (!loaded.Succeeded)
        {
            return loaded.Error;
        }

        var (plan, stored) = loaded.Value;
        if (request.Adopt && Unadoptable(stored) is { } refused)
        {
            return refused;
        }

        var scenario = request.Scenario is { } name ? ScenarioRunner.Find(plan, name) : null;
        if (request.Scenario is { } wanted && scenario is null)
        {
            return UseCaseError.Of(FailureKind.InvalidInput, ScenarioRunner.UnknownScenario(plan, wanted));
        }

        var planner = new RoadmapPlanner(Options(request, progress));
        if (!request.Adopt && stored is not null && plan.Content.State == PlanState.Published && scenario is null && planner.Adopted(plan, cancellationToken) is { } adopted)
        {
            return UseCaseResult.Success(new RoadmapAnswer(adopted, null, true, null), loaded.Warnings);
        }

        progress?.Report(new UseCaseProgress("solving", new LocalizedText("Menyusun peta jalan...", "Planning the roadmap...")));
        var run = scenario is null ? null : ScenarioRunner.Run(plan, scenario, planner, cancellationToken: cancellationToken);
        var outcome = run?.Result ?? planner.Plan(plan, cancellationToken: cancellationToken);
        if (outcome.Error is { } error)
        {
            return UseCaseError.Of(FailureKind.Infeasible, new LocalizedText(error.Message(Language.Indonesian), error.Message(Language.English)));
        }

        if (request.Adopt && plan.Content.State == PlanState.Published)
        {
            // Adopting again what a published version already adopted changes nothing (so scripts can
            // re-run); anything else would change a published version.
            return SameAdoption(plan.Content.Roadmap, outcome.Value.Adopt(scenario?.Name))
                ? UseCaseResult.Success(new RoadmapAnswer(outcome.Value, run, false, null), loaded.Warnings)
                : UseCaseError.Invalid([Problems.PublishedIsFrozen(plan.Content.Version).Under("state")]);
        }

        var saved = request.Adopt ? await AdoptAsync(plan, stored!, outcome.Value, scenario?.Name, request, cancellationToken).ConfigureAwait(false) : null;
        return saved is { Succeeded: false }
            ? saved.Error
            : UseCaseResult.Success(new RoadmapAnswer(outcome.Value, run, false, saved?.Value), loaded.Warnings);
    }

    private static PlannerOptions Options(RoadmapRequest request, IProgress<UseCaseProgress>? progress) => new()
    {
        Strategy = request.Strategy,
        QuickWins = request.QuickWins is { } n ? QuickWinPolicy.Total(n) : QuickWinPolicy.PerDimension,
        TimeLimit = request.TimeLimit,
        Solver = new SolverSettings { Seed = request.Seed, Progress = PlanningMessages.Solver(progress) },
        WhatIfs = request.WhatIfs,
        WhatIfProgress = PlanningMessages.WhatIf(progress),
    };

    /// <summary>Why the roadmap cannot be adopted into this plan: it is a file, not a stored plan.</summary>
    private static UseCaseError? Unadoptable(StoredPlan? stored) =>
        stored is null
            ? UseCaseError.Of(FailureKind.InvalidInput, new LocalizedText(
                "Peta jalan hanya dapat diadopsi ke rencana yang tersimpan: impor berkasnya dulu (karsa import), lalu karsa roadmap WILAYAH --adopt",
                "A roadmap can only be adopted into a stored plan: import the file first (karsa import), then karsa roadmap REGION --adopt"))
            : null;

    private static bool SameAdoption(AdoptedRoadmap? adopted, AdoptedRoadmap planned) =>
        adopted is not null && adopted.Programmes == planned.Programmes && adopted.QuickWins == planned.QuickWins && adopted.Scenario == planned.Scenario;

    private static Task<UseCaseResult<SaveOutcome>> AdoptAsync(Masterplan plan, StoredPlan stored, Roadmap roadmap, string? scenario, RoadmapRequest request,
        CancellationToken cancellationToken) =>
        StoreAccess.WithStoreAsync(request.Database, store =>
            RoadmapAdoption.StoreAsync(plan, stored.Summary.Token, roadmap.Adopt(scenario), store, request.Author, cancellationToken), cancellationToken);
}
