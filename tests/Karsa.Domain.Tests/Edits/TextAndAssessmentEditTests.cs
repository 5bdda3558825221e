using Karsa.Domain.Catalogue;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Readiness;
using static Karsa.Domain.Tests.Edits.EditFixtures;

namespace Karsa.Domain.Tests.Edits;

public sealed class TextAndAssessmentEditTests
{
    [Fact]
    public void Vision_is_set_and_removed()
    {
        var draft = Draft();

        var set = Edited(draft.Apply(new SetVision(new LocalizedText("Karanganyar cerdas", "Smart Karanganyar"))), draft);
        var removed = Edited(global::Karsa.Domain.Plans.Masterplan.Create(set).AsDraft()!.Apply(new SetVision(null)), draft);

        Assert.Equal("Smart Karanganyar", set.Vision!.English);
        Assert.Equal(draft.Plan.Content, removed);
    }

    [Fact]
    public void A_blank_vision_is_reported_at_its_indonesian_text()
    {
        var problem = Refusal(Draft().Apply("vision", () => new SetVision(new LocalizedText(" ", "Smart"))));

        Assert.Equal(("KRS007", "vision.id"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Missions_are_replaced_in_order()
    {
        var draft = Draft();

        var plan = Edited(draft.Apply(new SetMissions(["Satu", "Dua"])), draft);

        Assert.Equal(["Satu", "Dua"], plan.Missions.Select(m => m.Indonesian));
    }

    [Fact]
    public void A_blank_mission_is_reported_at_its_item()
    {
        var problem = Refusal(Draft().Apply("missions[1]", () => new SetMissions(["Satu", new LocalizedText("")])));

        Assert.Equal(("KRS007", "missions[1].id"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Strategies_are_replaced_in_order()
    {
        var draft = Draft();
        Strategy[] strategies = [new(Dimension.Living, "Layanan kesehatan daring", null), new(Dimension.Governance, "SPBE", "Indeks SPBE naik")];

        var plan = Edited(draft.Apply(new SetStrategies(strategies)), draft);

        Assert.Equal(strategies, plan.Strategies);
    }

    [Fact]
    public void A_strategy_without_a_title_is_reported_at_its_title()
    {
        var problem = Refusal(Draft().Apply("strategies[0].title", () => new SetStrategies([new Strategy(Dimension.Living, new LocalizedText("\t"), null)])));

        Assert.Equal(("KRS007", "strategies[0].title.id"), (problem.Code, problem.Path));
    }

    [Fact]
    public void A_narrative_is_changed_in_place_added_last_and_removed()
    {
        var draft = Draft();

        var plan = Edited(draft.Apply([
            new SetNarrative("legal-basis", new LocalizedText("Dasar hukum")),
            new SetNarrative("background", new LocalizedText("Latar belakang baru")),
        ]), draft);
        var removed = Edited(global::Karsa.Domain.Plans.Masterplan.Create(plan).AsDraft()!.Apply(new SetNarrative("background", null)), draft);

        Assert.Equal([("background", "Latar belakang baru"), ("legal-basis", "Dasar hukum")], plan.Narratives.Select(n => (n.Key, n.Markdown.Indonesian)));
        Assert.Equal(["legal-basis"], removed.Narratives.Select(n => n.Key));
    }

    [Fact]
    public void A_blank_narrative_key_is_reported_at_the_narratives_and_a_blank_text_at_its_section()
    {
        var blankKey = Refusal(Draft().Apply(new SetNarrative(" ", new LocalizedText("Teks"))));
        var blankText = Refusal(Draft().Apply(PlanPaths.Narrative("background"), () => new SetNarrative("background", new LocalizedText(""))));

        Assert.Equal(("KRS007", "narratives"), (blankKey.Code, blankKey.Path));
        Assert.Equal(("KRS007", "narratives.background.id"), (blankText.Code, blankText.Path));
    }

    [Fact]
    public void Readiness_is_set_in_place_or_added_and_cleared()
    {
        var draft = Draft();
        var governance = new ReadinessAssessment(Dimension.Governance, [new PillarScore(Pillar.Infrastruktur, 4.5m, "Jaringan")], "Baik");
        var living = new ReadinessAssessment(Dimension.Living, [], null);

        var plan = Edited(draft.Apply([new SetReadiness(living), new SetReadiness(governance)]), draft);
        var cleared = Edited(global::Karsa.Domain.Plans.Masterplan.Create(plan).AsDraft()!.Apply([new ClearReadiness(Dimension.Governance), new ClearReadiness(Dimension.Society)]), draft);

        Assert.Equal([governance, living], plan.Readiness);
        Assert.Equal([living], cleared.Readiness);
    }

    [Fact]
    public void A_readiness_score_off_the_scale_is_reported_at_its_pillar_score()
    {
        var assessment = new ReadinessAssessment(Dimension.Economy, [new PillarScore(Pillar.Suprastruktur, 6, null)], null);

        var problem = Refusal(Draft().Apply(new SetReadiness(assessment)));

        Assert.Equal(("KRS016", "readiness.dimensions.economy.suprastruktur.score"), (problem.Code, problem.Path));
    }

    [Fact]
    public void A_swot_quadrant_is_replaced_and_the_others_stay()
    {
        var draft = Draft();
        SwotItem[] weaknesses = [new(SwotKind.Weakness, "SDM TI kurang", Dimension.Governance), new(SwotKind.Weakness, "Anggaran terbatas")];
        SwotItem[] strengths = [new(SwotKind.Strength, "Pariwisata")];

        var plan = Edited(draft.Apply([new SetSwot(SwotKind.Weakness, weaknesses), new SetSwot(SwotKind.Strength, strengths)]), draft);

        Assert.Equal(["Pariwisata", "SDM TI kurang", "Anggaran terbatas", "Ancaman"], plan.Swot.Select(s => s.Text));
    }

    [Fact]
    public void A_swot_item_of_another_quadrant_or_without_text_is_reported_at_its_item()
    {
        var misplaced = Refusal(Draft().Apply(new SetSwot(SwotKind.Opportunity, [new(SwotKind.Opportunity, "Dana desa"), new(SwotKind.Threat, "Banjir")])));
        var blank = Refusal(Draft().Apply("swot.threats[0]", () => new SetSwot(SwotKind.Threat, [new(SwotKind.Threat, " ")])));

        Assert.Equal(("KRS005", "swot.opportunities[1]"), (misplaced.Code, misplaced.Path));
        Assert.Equal(("KRS007", "swot.threats[0].text"), (blank.Code, blank.Path));
    }
}
