using Karsa.Monitoring.Evaluation.Scoring;
using Karsa.Monitoring.Evaluation.Workflow;

namespace Karsa.Storage.Evaluation;

/// <summary>A stored cycle: its id, the cycle itself and when it changed.</summary>
/// <param name="Id">The cycle's id.</param>
/// <param name="Cycle">Year, title, instrument and state.</param>
/// <param name="WeightPreset">The preset the weights came from, if any.</param>
/// <param name="UpdatedAt">When it or one of its regions last changed (UTC).</param>
/// <param name="PublishedAt">When it was published (UTC); null before.</param>
public sealed record StoredCycle(long Id, EvaluationCycle Cycle, string? WeightPreset, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt);

/// <summary>One line of the list of cycles, read without the questions.</summary>
/// <param name="Id">The cycle's id.</param>
/// <param name="Year">The fiscal year evaluated.</param>
/// <param name="Title">The name in Indonesian.</param>
/// <param name="TitleEnglish">The name in English, if given.</param>
/// <param name="State">Where it stands.</param>
/// <param name="PublishedAt">When it was published (UTC); null before.</param>
public sealed record CycleSummary(long Id, int Year, string Title, string? TitleEnglish, CycleState State, DateTimeOffset? PublishedAt);

/// <summary>A region's published result of one cycle, with the cycle it belongs to.</summary>
/// <param name="CycleId">The cycle's id.</param>
/// <param name="Result">The result, exact.</param>
public sealed record CycleResult(long CycleId, PublishedEvaluation Result);
