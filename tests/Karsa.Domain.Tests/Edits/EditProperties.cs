using CsCheck;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Readiness;
using Karsa.Testing;

namespace Karsa.Domain.Tests.Edits;

/// <summary>
/// Applying a random valid edit to a generated draft yields a plan whose content differs from the
/// draft's only where the edit says: putting the edited part back gives the draft again, and the edited
/// part holds what the edit set, with every other item where it was.
/// </summary>
public sealed class EditProperties
{
    private const int EditKinds = 11;

    [Fact]
    public void A_valid_edit_changes_only_what_it_says()
    {
        Gen.Select(PlanGenerators.Plan, Gen.Int[0, EditKinds - 1], Gen.Int, PlanGenerators.Text)
            .Sample((content, kind, seed, text) => Check(content with { State = PlanState.Draft }, kind, new Random(seed), new LocalizedText(text)), iter: 300, threads: 1);
    }

    private static void Check(MasterplanContent before, int kind, Random random, LocalizedText text)
    {
        var draft = Masterplan.Create(before).AsDraft()!;
        var period = before.Period.Years.ToList();
        var year = period[random.Next(period.Count)];
        switch (kind)
        {
            case 0:
                var source = FundingSourceCatalog.NationalDefaults[random.Next(FundingSourceCatalog.NationalDefaults.Count)].Source;
                Rupiah? amount = random.Next(4) == 0 ? null : new Rupiah(random.NextInt64(0, 10_000_000_000_000));
                var ceilings = Apply(draft, new SetCeiling(year, source, amount), before, after => after with { Ceilings = before.Ceilings }).Ceilings;
                Keyed(before.Ceilings, ceilings, c => c.Year == year && c.Source == source, c => c.Amount, amount);
                Assert.Equal(ceilings.OrderBy(c => c.Year).ThenBy(c => c.Source), ceilings);
                break;
            case 1 when before.Indicators.Count > 0:
                var indicator = before.Indicators[random.Next(before.Indicators.Count)].Code;
                decimal? value = random.Next(4) == 0 ? null : random.Next(-1000, 1000) / 10m;
                var targets = Apply(draft, new SetTarget(indicator, year, value), before, after => after with { Targets = before.Targets }).Targets;
                Keyed(before.Targets, targets, t => t.Indicator == indicator && t.Year == year, t => t.Value, value);
                Assert.Equal(targets.Where(t => t.Indicator == indicator).OrderBy(t => t.Year), targets.Where(t => t.Indicator == indicator));
                break;
            case 2:
                var key = random.Next(3) switch { 0 => "background", 1 => "legal-basis", _ => $"section-{random.Next(5)}" };
                var markdown = random.Next(4) == 0 ? null : text;
                var narratives = Apply(draft, new SetNarrative(key, markdown), before, after => after with { Narratives = before.Narratives }).Narratives;
                Keyed(before.Narratives, narratives, n => n.Key == key, n => n.Markdown, markdown);
                break;
            case 3:
                var vision = random.Next(3) == 0 ? null : text;
                Assert.Equal(vision, Apply(draft, new SetVision(vision), before, after => after with { Vision = before.Vision }).Vision);
                break;
            case 4:
                ValueList<LocalizedText> missions = [.. Enumerable.Repeat(text, random.Next(4))];
                Assert.Equal(missions, Apply(draft, new SetMissions(missions), before, after => after with { Missions = before.Missions }).Missions);
                break;
            case 5:
                ValueList<Strategy> strategies = [.. Enumerable.Range(0, random.Next(4)).Select(i => new Strategy(Dimensions.All[i], text, null))];
                Assert.Equal(strategies, Apply(draft, new SetStrategies(strategies), before, after => after with { Strategies = before.Strategies }).Strategies);
                break;
            case 6:
                var quadrant = (SwotKind)random.Next(4);
                ValueList<SwotItem> items = [.. Enumerable.Range(0, random.Next(4)).Select(_ => new SwotItem(quadrant, text.Indonesian))];
                var swot = Apply(draft, new SetSwot(quadrant, items), before, after => after with { Swot = before.Swot }).Swot;
                Assert.Equal(items, swot.Where(s => s.Kind == quadrant));
                Assert.Equal(before.Swot.Where(s => s.Kind != quadrant), swot.Where(s => s.Kind != quadrant));
                Assert.Equal(swot.OrderBy(s => s.Kind), swot);
                break;
            case 7:
                var dimension = Dimensions.All[random.Next(Dimensions.All.Count)];
                var scale = before.ReadinessScale;
                var assessment = random.Next(4) == 0 ? null : new ReadinessAssessment(dimension,
                    [new PillarScore(Pillar.Struktur, scale.Min + ((scale.Max - scale.Min) * random.Next(101) / 100m), null)], null);
                PlanEdit readinessEdit = assessment is null ? new ClearReadiness(dimension) : new SetReadiness(assessment);
                var readiness = Apply(draft, readinessEdit, before, after => after with { Readiness = before.Readiness }).Readiness;
                Keyed(before.Readiness, readiness, r => r.Dimension == dimension, r => r, assessment);
                break;
            case 8 when before.Programmes.Count > 0:
                var index = random.Next(before.Programmes.Count);
                var renamed = EditFixtures.Copy(before.Programmes[index], name: text);
                var changed = Apply(draft, new ChangeProgramme(renamed.Code, renamed), before, after => after with { Programmes = before.Programmes }).Programmes;
                Assert.Equal(before.Programmes.Select((p, i) => i == index ? renamed : p), changed);
                break;
            case 9 when Removable(before).ToList() is { Count: > 0 } removable:
                var gone = removable[random.Next(removable.Count)];
                var kept = Apply(draft, new RemoveProgramme(gone), before, after => after with { Programmes = before.Programmes }).Programmes;
                Assert.Equal(before.Programmes.Where(p => p.Code != gone), kept);
                break;
            case 10 when before.Programmes.Count > 0:
                var copy = EditFixtures.Copy(before.Programmes[random.Next(before.Programmes.Count)], new ProgrammeCode("NEW-01"), mandatory: false);
                var added = Apply(draft, new AddProgramme(copy), before, after => after with { Programmes = before.Programmes }).Programmes;
                Assert.Equal(before.Programmes.Append(copy), added);
                break;
            default:
                Assert.True(draft.Apply([]).Succeeded);
                break;
        }
    }

    /// <summary>The edited content, checked to equal <paramref name="before"/> once <paramref name="putBack"/> restores the edited part.</summary>
    private static MasterplanContent Apply(DraftPlan draft, PlanEdit edit, MasterplanContent before, Func<MasterplanContent, MasterplanContent> putBack)
    {
        var result = draft.Apply(edit);
        Assert.True(result.Succeeded, $"{edit}: " + string.Join("; ", result.Problems.Select(p => p.Format(Language.English))));
        Assert.Equal(before, putBack(result.Plan.Content));
        return result.Plan.Content;
    }

    /// <summary>The keyed item holds <paramref name="expected"/> (absent when null) and the other items are as they were, in order.</summary>
    private static void Keyed<T, TValue>(ValueList<T> before, ValueList<T> after, Func<T, bool> key, Func<T, TValue> value, TValue? expected)
    {
        Assert.Equal(before.Where(x => !key(x)), after.Where(x => !key(x)));
        var item = after.Where(key).ToList();
        if (expected is null)
        {
            Assert.Empty(item);
        }
        else
        {
            Assert.Equal(expected, value(Assert.Single(item)));
        }
    }

    /// <summary>Programmes no other programme or scenario refers to.</summary>
    private static IEnumerable<ProgrammeCode> Removable(MasterplanContent plan)
    {
        var used = plan.Programmes.SelectMany(p => p.DependsOn.Select(d => d.Programme))
            .Concat(plan.Scenarios.SelectMany(s => s.ForceIn.Concat(s.ForceOut)))
            .ToHashSet();
        return plan.Programmes.Select(p => p.Code).Where(c => !used.Contains(c));
    }
}
