using Karsa.Domain.Plans;

namespace Karsa.Application.Editing;

/// <summary>A form over a whole section of a plan, its fields named by absolute plan paths: which fields, their stored values, the edits typed values make.</summary>
/// <param name="Fields">The form's fields for a plan.</param>
/// <param name="Of">The form filled with a plan's values.</param>
/// <param name="Edits">The edits typed values make of a plan, or their problems.</param>
public sealed record SectionForm(Func<Masterplan, IReadOnlyList<string>> Fields, Func<Masterplan, FormFields> Of, Func<Masterplan, FormFields, FormEdits> Edits)
{
    /// <summary>The budget ceilings grid.</summary>
    public static SectionForm Ceilings { get; } = new(CeilingForm.AllFields, CeilingForm.Of, CeilingForm.Edits);

    /// <summary>The indicator targets grid.</summary>
    public static SectionForm Targets { get; } = new(TargetForm.AllFields, TargetForm.Of, TargetForm.Edits);

    /// <summary>The vision and missions.</summary>
    public static SectionForm Vision { get; } = new(_ => VisionForm.Fields, VisionForm.Of, (_, typed) => VisionForm.Edits(typed));

    /// <summary>The region profile.</summary>
    public static SectionForm Profile { get; } = new(_ => ProfileForm.Fields, ProfileForm.Of, ProfileForm.Edits);

    /// <summary>The readiness per dimension and pillar.</summary>
    public static SectionForm Readiness { get; } = new(_ => ReadinessForm.Fields, ReadinessForm.Of, ReadinessForm.Edits);

    /// <summary>The SWOT quadrants.</summary>
    public static SectionForm Swot { get; } = new(SwotForm.AllFields, SwotForm.Of, SwotForm.Edits);

    /// <summary>The strategies.</summary>
    public static SectionForm Strategies { get; } = new(StrategyForm.AllFields, StrategyForm.Of, StrategyForm.Edits);

    /// <summary>The book's front matter: foreword, address, approval, issue date.</summary>
    public static SectionForm BookMatter { get; } = new(_ => BookMatterForm.Fields, BookMatterForm.Of, BookMatterForm.Edits);

    /// <summary>The plan-level sections of Buku II.</summary>
    public static SectionForm PlanSections { get; } = new(PlanSectionsForm.Fields, PlanSectionsForm.Of, PlanSectionsForm.Edits);

    /// <summary>The value model: benefit life and discount rate.</summary>
    public static SectionForm ValueModel { get; } = new(_ => ValueModelForm.Fields, ValueModelForm.Of, ValueModelForm.Edits);
}
