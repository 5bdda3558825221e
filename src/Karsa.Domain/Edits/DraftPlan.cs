using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Domain.Edits;

/// <summary>
/// A draft masterplan that can be edited: obtainable only from a draft through
/// <see cref="Masterplan.AsDraft"/>, so a published version has no way to be edited. Applying edits
/// never throws for a user's mistake: it returns the new valid plan (same version, still a draft) or
/// every problem, each at the plan path of the field it concerns.
/// </summary>
public sealed class DraftPlan
{
    internal DraftPlan(Masterplan plan) => Plan = plan;

    /// <summary>The draft as it is.</summary>
    public Masterplan Plan { get; }

    /// <summary>Applies one edit.</summary>
    public EditResult Apply(PlanEdit edit) => Apply([edit]);

    /// <summary>
    /// Applies several edits in order as one change (e.g. remove a programme and the dependencies on
    /// it): all of them, or none when the result breaks a rule.
    /// </summary>
    public EditResult Apply(IEnumerable<PlanEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(edits);
        var steps = new List<(PlanEdit Edit, MasterplanContent Before)>();
        var content = Plan.Content;
        var problems = new List<Diagnostic>();
        foreach (var edit in edits)
        {
            ArgumentNullException.ThrowIfNull(edit);
            steps.Add((edit, content));
            content = edit.Apply(content, problems);
            if (problems.Count > 0)
            {
                return EditResult.Refused(InDraftTerms(problems, steps.SkipLast(1)));
            }
        }

        try
        {
            return EditResult.Done(Masterplan.Create(content));
        }
        catch (DomainException broken)
        {
            return EditResult.Refused(InDraftTerms([.. broken.Problems], steps));
        }
    }

    /// <summary>
    /// Builds an edit and applies it. A part's constructor that refuses a value while
    /// <paramref name="build"/> runs (e.g. a programme of 0 years) is reported with its field placed
    /// under <paramref name="path"/>, the path of the part being built (e.g. from <see cref="PathOf"/>).
    /// </summary>
    public EditResult Apply(string path, Func<PlanEdit> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        PlanEdit edit;
        try
        {
            edit = build();
        }
        catch (DomainException refused)
        {
            return EditResult.Refused([.. refused.Problems.Select(p => p.Within(path))]);
        }

        return Apply(edit);
    }

    /// <summary>The path of the programme with <paramref name="code"/>, or where <see cref="AddProgramme"/> would put it.</summary>
    public string PathOf(ProgrammeCode code) => PlanPaths.Programme(ProgrammeList.IndexOf(Plan.Content, code) is var i and >= 0 ? i : Plan.Programmes.Count);

    private static List<Diagnostic> InDraftTerms(List<Diagnostic> problems, IEnumerable<(PlanEdit Edit, MasterplanContent Before)> steps)
    {
        var backwards = steps.Reverse().ToList();
        return [.. problems.Select(p => p with { Path = backwards.Aggregate(p.Path, (path, step) => step.Edit.PathBefore(path, step.Before)) })];
    }
}
