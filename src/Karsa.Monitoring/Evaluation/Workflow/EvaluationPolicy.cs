using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Evaluation.Workflow;

/// <summary>
/// Who may do what in which state of a cycle, as data for the Application's authorization and the
/// model's own checks alike. Anything not listed is refused; a published cycle allows nothing.
/// </summary>
public static class EvaluationPolicy
{
    /// <summary>Every permission, the whole table.</summary>
    public static ValueList<EvaluationGrant> Grants { get; } =
    [
        new(CycleState.Draft, EvaluationParty.Ministry, EvaluationAction.EditInstrument),
        new(CycleState.Draft, EvaluationParty.Ministry, EvaluationAction.OpenSelfAssessment),
        new(CycleState.OpenForSelfAssessment, EvaluationParty.Region, EvaluationAction.EditSelfAssessment),
        new(CycleState.OpenForSelfAssessment, EvaluationParty.Ministry, EvaluationAction.StartVerification),
        new(CycleState.Verification, EvaluationParty.Evaluator, EvaluationAction.Verify),
        new(CycleState.Verification, EvaluationParty.Evaluator, EvaluationAction.WriteFindings),
        new(CycleState.Verification, EvaluationParty.Ministry, EvaluationAction.Publish),
    ];

    /// <summary>The moves of the cycle, forward only.</summary>
    public static ValueList<CycleTransition> Transitions { get; } =
    [
        new(CycleState.Draft, EvaluationAction.OpenSelfAssessment, CycleState.OpenForSelfAssessment),
        new(CycleState.OpenForSelfAssessment, EvaluationAction.StartVerification, CycleState.Verification),
        new(CycleState.Verification, EvaluationAction.Publish, CycleState.Published),
    ];

    /// <summary>True when <paramref name="party"/> may do <paramref name="action"/> while the cycle is in <paramref name="state"/>.</summary>
    public static bool Allows(CycleState state, EvaluationParty party, EvaluationAction action) =>
        Grants.Contains(new EvaluationGrant(state, party, action));

    /// <summary>Throws KRS135 (at <c>state</c>) unless <see cref="Allows"/>.</summary>
    public static void Demand(CycleState state, EvaluationParty party, EvaluationAction action)
    {
        if (!Allows(state, party, action))
        {
            throw new DomainException(Problems.EvaluationActionRefused(party.Name(), action.Name(), state.Name()).Under("state"));
        }
    }

    /// <summary>The state <paramref name="action"/> leads to from <paramref name="state"/>, or the same state for an action that is not a move.</summary>
    public static CycleState After(CycleState state, EvaluationAction action) =>
        Transitions.FirstOrDefault(t => t.From == state && t.Action == action)?.To ?? state;

    /// <summary>The party's name in both languages.</summary>
    public static LocalizedText Name(this EvaluationParty party) => party switch
    {
        EvaluationParty.Ministry => new("Kementerian", "The ministry"),
        EvaluationParty.Region => new("Daerah", "The region"),
        _ => new("Penilai", "The evaluator"),
    };

    /// <summary>The action's name as a verb phrase in both languages.</summary>
    public static LocalizedText Name(this EvaluationAction action) => action switch
    {
        EvaluationAction.EditInstrument => new("mengubah instrumen", "edit the instrument"),
        EvaluationAction.OpenSelfAssessment => new("membuka penilaian mandiri", "open the self-assessment"),
        EvaluationAction.EditSelfAssessment => new("mengisi penilaian mandiri", "edit the self-assessment"),
        EvaluationAction.StartVerification => new("memulai verifikasi", "start verification"),
        EvaluationAction.Verify => new("memberi nilai verifikasi", "verify scores"),
        EvaluationAction.WriteFindings => new("menulis temuan", "write findings"),
        _ => new("menerbitkan hasil", "publish the results"),
    };

    /// <summary>The state's name in both languages.</summary>
    public static LocalizedText Name(this CycleState state) => state switch
    {
        CycleState.Draft => new("draf", "a draft"),
        CycleState.OpenForSelfAssessment => new("terbuka untuk penilaian mandiri", "open for self-assessment"),
        CycleState.Verification => new("dalam verifikasi", "in verification"),
        _ => new("terbit", "published"),
    };
}
