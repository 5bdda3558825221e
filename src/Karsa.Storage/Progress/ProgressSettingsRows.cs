using System.Text.Json;
using System.Text.Json.Serialization;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Measures;
using Karsa.Monitoring.Progress.Reports;

namespace Karsa.Storage.Progress;

/// <summary>Maps <see cref="ProgressSettings"/> to and from its row.</summary>
internal static class ProgressSettingsRows
{
    private const string PlannedCost = "planned-cost";
    private const string SetWeights = "set-weights";

    /// <summary>The settings a row holds (rows are written from valid settings only).</summary>
    public static ProgressSettings Settings(ProgressSettingsRecord row)
    {
        var statuses = JsonSerializer.Deserialize(row.Statuses, SettingsJson.Default.ListStatusDocument) ?? [];
        var list = new ProgressStatusList([.. statuses.Select(s =>
            new ProgressStatus(s.Key, new LocalizedText(s.Id, s.En), s.Percent, Enum.Parse<ProgressMeaning>(s.Meaning)))]);
        var weights = JsonSerializer.Deserialize(row.Weights, SettingsJson.Default.DictionaryStringDecimal) ?? [];
        var weighting = row.WeightBasis == SetWeights
            ? ProgressWeighting.BySetWeights(weights.ToDictionary(w => new ProgrammeCode(w.Key), w => w.Value))
            : ProgressWeighting.ByPlannedCost;
        return new ProgressSettings(list, weighting);
    }

    /// <summary>Writes <paramref name="settings"/> into <paramref name="row"/>.</summary>
    public static void Fill(ProgressSettingsRecord row, ProgressSettings settings)
    {
        row.Statuses = JsonSerializer.Serialize([.. settings.Statuses.Statuses.Select(s =>
            new StatusDocument(s.Key, s.Name.Indonesian, s.Name.English, s.DefaultPercent, s.Meaning.ToString()))], SettingsJson.Default.ListStatusDocument);
        row.WeightBasis = settings.Weighting.Basis == WeightBasis.SetWeights ? SetWeights : PlannedCost;
        row.Weights = JsonSerializer.Serialize(settings.Weighting.Weights.ToDictionary(w => w.Key.Value, w => w.Value, StringComparer.Ordinal),
            SettingsJson.Default.DictionaryStringDecimal);
    }
}

/// <summary>A status as stored in <see cref="ProgressSettingsRecord.Statuses"/>.</summary>
internal sealed record StatusDocument(string Key, string Id, string? En, decimal Percent, string Meaning);

/// <summary>The source-generated JSON of the settings documents.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<StatusDocument>))]
[JsonSerializable(typeof(Dictionary<string, decimal>))]
internal sealed partial class SettingsJson : JsonSerializerContext;
