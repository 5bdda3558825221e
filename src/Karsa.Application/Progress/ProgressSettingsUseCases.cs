using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Measures;
using Karsa.Monitoring.Progress.Reports;
using Karsa.Storage.Progress;

namespace Karsa.Application.Progress;

/// <summary>A status as a settings form sends it.</summary>
/// <param name="Key">Its key, e.g. <c>berjalan</c> (lower case, digits and hyphens).</param>
/// <param name="Indonesian">Its name in Bahasa Indonesia.</param>
/// <param name="English">Its name in English, if any.</param>
/// <param name="DefaultPercent">The progress it means by default, 0..100.</param>
/// <param name="Meaning">What it means for the schedule: not-started, under-way, stalled, completed or cancelled.</param>
public sealed record StatusInput(string Key, string Indonesian, string? English, decimal DefaultPercent, ProgressMeaning Meaning);

/// <summary>What a settings form sends.</summary>
/// <param name="Statuses">The status list in the order users see it.</param>
/// <param name="SetWeights">True to weigh programmes by <paramref name="Weights"/>; false by planned cost.</param>
/// <param name="Weights">Programme code to weight (read only with set weights; a programme left out weighs nothing).</param>
/// <param name="Revision">The revision the form was opened at (0: the region had none of its own).</param>
public sealed record ProgressSettingsInput(IReadOnlyList<StatusInput> Statuses, bool SetWeights, IReadOnlyDictionary<string, decimal> Weights, int Revision);

/// <summary>What the settings page shows: the settings, their revision, and the published plan's programmes to weigh.</summary>
/// <param name="Region">The region.</param>
/// <param name="Stored">The settings with their revision and last change.</param>
/// <param name="Programmes">The programmes of the newest published plan: code, name and planned cost.</param>
/// <param name="MayChange">True when the reader may change them.</param>
public sealed record ProgressSettingsView(RegionCode Region, StoredProgressSettings Stored, IReadOnlyList<(ProgrammeCode Code, LocalizedText Name, Rupiah Planned)> Programmes,
    bool MayChange);

/// <summary>
/// How a region measures progress: its status list (each status with its default percent and meaning)
/// and the roll-up's weighting (by planned cost, or by weights the planner sets). Anyone who may read the
/// region's drafts reads them; its planners (<see cref="Permission.ConfigureProgress"/>) change them. A
/// status that stored reports use cannot be dropped (KRS169).
/// </summary>
public static class ProgressSettingsUseCases
{
    /// <summary>The settings of <paramref name="region"/> against its newest published plan.</summary>
    public static Task<UseCaseResult<ProgressSettingsView>> GetAsync(string? database, Actor? actor, string region, CancellationToken cancellationToken = default) =>
        ProgressScope.WithAsync(database, region, async scope =>
            !AccessPolicy.Allows(actor, Permission.ReadDrafts, scope.Region)
                ? ProgressScope.Refused(region)
                : UseCaseResult.Success(await ViewAsync(scope, actor, cancellationToken).ConfigureAwait(false)), cancellationToken);

    /// <summary>Replaces the settings of <paramref name="region"/> with <paramref name="input"/>, as <paramref name="actor"/> at <paramref name="now"/>.</summary>
    public static Task<UseCaseResult<ProgressSettingsView>> SaveAsync(string? database, Actor? actor, string region, ProgressSettingsInput input, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ProgressScope.WithAsync(database, region, async scope =>
        {
            if (!AccessPolicy.Allows(actor, Permission.ConfigureProgress, scope.Region))
            {
                return UseCaseError.Of(FailureKind.Forbidden, new LocalizedText(
                    $"Hanya perencana wilayah {scope.Region} yang dapat mengubah pengaturan kemajuan.", $"Only the planners of region {scope.Region} may change the progress settings."));
            }

            try
            {
                var settings = SettingsOf(scope, input);
                var saved = await scope.Store.SaveSettingsAsync(scope.Region, settings, input.Revision, actor!.Name, now, cancellationToken).ConfigureAwait(false);
                settings.CheckKeeps(saved.StatusesInUse);
                return UseCaseResult.Success(await ViewAsync(scope, actor, cancellationToken).ConfigureAwait(false));
            }
            catch (DomainException problem)
            {
                return Failures.From(problem);
            }
        }, cancellationToken);
    }

    /// <summary>The settings <paramref name="input"/> describes, every problem at its field (<c>statuses[i].key</c>, <c>weights.CODE</c>).</summary>
    private static ProgressSettings SettingsOf(ProgressScope scope, ProgressSettingsInput input)
    {
        var problems = new List<Diagnostic>();
        var statuses = new List<ProgressStatus>();
        for (var i = 0; i < input.Statuses.Count; i++)
        {
            var row = input.Statuses[i];
            try
            {
                statuses.Add(new ProgressStatus(row.Key?.Trim() ?? "", new LocalizedText(row.Indonesian?.Trim() ?? "", string.IsNullOrWhiteSpace(row.English) ? null : row.English.Trim()),
                    row.DefaultPercent, row.Meaning));
            }
            catch (DomainException problem)
            {
                problems.AddRange(problem.Problems.Select(p => p.Within($"statuses[{i}]")));
            }
        }

        var weights = new Dictionary<ProgrammeCode, decimal>();
        if (input.SetWeights)
        {
            foreach (var (code, weight) in input.Weights)
            {
                if (scope.Programme(code) is { } programme)
                {
                    weights[programme.Code] = weight;
                }
                else
                {
                    problems.Add(Problems.ProgressUnknownProgramme(code).Under($"weights.{code}"));
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new DomainException(problems);
        }

        return new ProgressSettings(new ProgressStatusList([.. statuses]), input.SetWeights ? ProgressWeighting.BySetWeights(weights) : ProgressWeighting.ByPlannedCost);
    }

    private static async Task<ProgressSettingsView> ViewAsync(ProgressScope scope, Actor? actor, CancellationToken cancellationToken)
    {
        var stored = await scope.Store.SettingsAsync(scope.Region, cancellationToken).ConfigureAwait(false);
        var programmes = scope.Plan.Programmes.Select(p => (p.Code, p.Name, scope.Monitored.Programme(p.Code).PlannedTotal)).ToList();
        return new ProgressSettingsView(scope.Region, stored, programmes, AccessPolicy.Allows(actor, Permission.ConfigureProgress, scope.Region));
    }
}
