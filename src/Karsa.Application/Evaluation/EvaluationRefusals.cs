using Karsa.Application.Common;
using Karsa.Domain.Primitives;

namespace Karsa.Application.Evaluation;

/// <summary>The evaluation use cases' own refusals.</summary>
internal static class EvaluationRefusals
{
    /// <summary>The actor's role may not do this to this region (decided by <see cref="Access.AccessPolicy"/>).</summary>
    public static UseCaseError Forbidden() => UseCaseError.Of(FailureKind.Forbidden, new LocalizedText(
        "Peran Anda tidak mengizinkan tindakan ini pada evaluasi wilayah ini.", "Your role does not allow this on this region's evaluation."));

    /// <summary>The cycle has no published result for the region.</summary>
    public static UseCaseError NoResult(long cycle, RegionCode region) => UseCaseError.Of(FailureKind.NotFound, new LocalizedText(
        $"Siklus evaluasi {cycle} belum menerbitkan hasil untuk wilayah {region}.", $"Evaluation cycle {cycle} has published no result for region {region}."));

    /// <summary>No weight preset has the key.</summary>
    public static UseCaseError UnknownPreset(string key) => UseCaseError.Of(FailureKind.InvalidInput, new LocalizedText(
        $"Preset bobot '{key}' tidak dikenal; pilih salah satu: {string.Join(", ", Karsa.Monitoring.Evaluation.WeightPresets.All.Select(p => p.Key))}.",
        $"Weight preset '{key}' is unknown; choose one of: {string.Join(", ", Karsa.Monitoring.Evaluation.WeightPresets.All.Select(p => p.Key))}."));
}
