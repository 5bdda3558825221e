using CsCheck;
using Karsa.Domain.Plans;

namespace Karsa.Testing;

/// <summary>
/// CsCheck generators of random VALID masterplans (Masterplan.Create accepts them) covering every field
/// and option of the model, with hard text (emoji, Javanese script, markup, quotes, newlines, YAML
/// look-alikes). Deterministic: the same seed gives the same plan. Collections whose file form is a
/// keyed mapping come in the canonical order the plan file uses (SWOT grouped by quadrant, ceilings by
/// year then source, targets by indicator then year), so a write-read round trip yields an equal plan.
/// </summary>
public static class PlanGenerators
{
    /// <summary>The largest size <see cref="Plan"/> uses; sizes scale the number of items of every list.</summary>
    public const int MaxSize = 8;

    /// <summary>Random valid plans of size 0 to <see cref="MaxSize"/>; CsCheck shrinks towards small sizes.</summary>
    public static Gen<MasterplanContent> Plan { get; } = Gen.Select(Gen.Int[0, MaxSize], Gen.ULong, (size, seed) => FromSeed(seed, size));

    /// <summary>Random hard text (never blank).</summary>
    public static Gen<string> Text { get; } = Gen.ULong.Select(seed => NastyText.NotBlank(new Draw(seed)));

    /// <summary>The plan for <paramref name="seed"/> at <paramref name="size"/> (0 = tiny, <see cref="MaxSize"/> = moderate).</summary>
    public static MasterplanContent FromSeed(ulong seed, int size = 4) => new PlanBuilder(new Draw(seed), Math.Clamp(size, 0, MaxSize)).Build();
}
