using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Evaluation.National;

/// <summary>A group of regions that joined the programme together, e.g. the 2021 cohort.</summary>
/// <param name="Name">Display name, e.g. "Angkatan 2021".</param>
/// <param name="Regions">Its regions.</param>
public sealed record Cohort(LocalizedText Name, ValueList<RegionCode> Regions);
