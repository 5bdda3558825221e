using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Evaluation.Assessment;

/// <summary>A fact measured in Karsa's own data from which a question's score can be prefilled (the evaluator confirms it).</summary>
public enum PrefillFact
{
    /// <summary>Quick wins delivered out of the plan's quick wins.</summary>
    QuickWinsDelivered,

    /// <summary>Programmes on schedule out of those scheduled in the year.</summary>
    ProgrammesOnSchedule,

    /// <summary>Money realised against the money planned for the year (capped at 100 %).</summary>
    BudgetRealised,

    /// <summary>Indicators with an observation in the year out of the plan's indicators.</summary>
    IndicatorsReported,
}

/// <summary>Names of the prefill facts.</summary>
public static class PrefillFacts
{
    /// <summary>What is measured, in both languages (the start of a <see cref="DataSource"/>'s description).</summary>
    public static LocalizedText Name(this PrefillFact fact) => fact switch
    {
        PrefillFact.QuickWinsDelivered => new("Quick win terlaksana", "Quick wins delivered"),
        PrefillFact.ProgrammesOnSchedule => new("Program sesuai jadwal", "Programmes on schedule"),
        PrefillFact.BudgetRealised => new("Realisasi anggaran", "Budget realised"),
        _ => new("Indikator dilaporkan", "Indicators reported"),
    };
}
