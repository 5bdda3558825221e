using Karsa.Application.Progress;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Measures;
using Karsa.Monitoring.Progress.Reports;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Api.Progress;

/// <summary>The region's progress settings over the API: read (readers of drafts) and replace (its planners).</summary>
internal static class ProgressSettingsApi
{
    private static readonly Dictionary<ProgressMeaning, string> MeaningKeys = new()
    {
        [ProgressMeaning.NotStarted] = "not-started",
        [ProgressMeaning.UnderWay] = "under-way",
        [ProgressMeaning.Stalled] = "stalled",
        [ProgressMeaning.Completed] = "completed",
        [ProgressMeaning.Cancelled] = "cancelled",
    };

    public static async Task<IResult> ReadAsync(string region, HttpContext http, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken)
    {
        var read = await ProgressSettingsUseCases.GetAsync(options.Value.Database, ClaimsActor.Of(http), region, cancellationToken);
        return read.Succeeded ? Results.Ok(Resource(read.Value)) : ApiProblems.From(read.Error);
    }

    public static async Task<IResult> SaveAsync(string region, ProgressSettingsBody body, HttpContext http, IOptions<KarsaWebOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var problems = new List<Diagnostic>();
        var statuses = (body.Statuses ?? []).Select((s, i) => new StatusInput(s.Key ?? "", s.Name?.Id ?? "", s.Name?.En, s.DefaultPercent, MeaningOf(s.Meaning, i, problems))).ToList();
        if (problems.Count > 0)
        {
            return ApiProblems.From(Application.Common.UseCaseError.Invalid(problems));
        }

        var saved = await ProgressSettingsUseCases.SaveAsync(options.Value.Database, ClaimsActor.Of(http), region,
            new ProgressSettingsInput(statuses, body.Weighting == "set-weights", body.Weights ?? [], body.Revision), clock.GetUtcNow(), cancellationToken);
        return saved.Succeeded ? Results.Ok(Resource(saved.Value)) : ApiProblems.FromBodyRevision(saved.Error);
    }

    private static ProgressMeaning MeaningOf(string? key, int index, List<Diagnostic> problems)
    {
        if (MeaningKeys.FirstOrDefault(m => m.Value == key) is { Value: not null } found)
        {
            return found.Key;
        }

        problems.Add(Problems.UnknownField(key ?? "", MeaningKeys.Values).Under($"statuses[{index}].meaning"));
        return ProgressMeaning.UnderWay;
    }

    private static object Resource(ProgressSettingsView view)
    {
        var settings = view.Stored.Settings;
        return new
        {
            Region = view.Region.Value,
            view.Stored.Revision,
            view.Stored.UpdatedBy,
            view.Stored.UpdatedAt,
            Statuses = settings.Statuses.Statuses.Select(s => new StatusBody(s.Key, new NameBody(s.Name.Indonesian, s.Name.English), s.DefaultPercent, MeaningKeys[s.Meaning])),
            Weighting = settings.Weighting.Basis == WeightBasis.SetWeights ? "set-weights" : "planned-cost",
            Rule = Localization.Say.T(settings.Weighting.Description),
            Weights = settings.Weighting.Weights.ToDictionary(w => w.Key.Value, w => w.Value),
            view.MayChange,
        };
    }
}

/// <summary>The settings as the API takes them.</summary>
/// <param name="Statuses">The status list in order.</param>
/// <param name="Weighting"><c>planned-cost</c> or <c>set-weights</c>.</param>
/// <param name="Weights">Programme code to weight (set weights only).</param>
/// <param name="Revision">The revision read (0: the region had none of its own).</param>
internal sealed record ProgressSettingsBody(List<StatusBody>? Statuses, string? Weighting, Dictionary<string, decimal>? Weights, int Revision);

/// <summary>A status: key, name, default percent and meaning (<c>not-started</c>, <c>under-way</c>, <c>stalled</c>, <c>completed</c>, <c>cancelled</c>).</summary>
internal sealed record StatusBody(string? Key, NameBody? Name, decimal DefaultPercent, string? Meaning);

/// <summary>A name in Indonesian and English.</summary>
internal sealed record NameBody(string? Id, string? En);
