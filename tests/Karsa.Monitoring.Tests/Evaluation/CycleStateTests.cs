using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Monitoring.Evaluation.Workflow;
using static Karsa.Monitoring.Tests.Evaluation.SmallInstrument;

namespace Karsa.Monitoring.Tests.Evaluation;

/// <summary>
/// The cycle's states and who may act: the region edits its self-assessment only while open, the
/// evaluator verifies and writes findings only in verification, the ministry moves the cycle forward
/// only, and a published cycle allows nothing.
/// </summary>
public class CycleStateTests
{
    private static readonly RegionEvaluation Region = new(new RegionCode("33.13"));
    private static readonly ValueList<SelfAssessmentAnswer> Answers = [new(Code("B1"), 3m)];

    public static TheoryData<CycleState> States => [.. Enum.GetValues<CycleState>()];

    public static TheoryData<EvaluationParty> Parties => [.. Enum.GetValues<EvaluationParty>()];

    [Theory]
    [MemberData(nameof(States))]
    public void The_region_edits_its_self_assessment_only_while_the_cycle_is_open(CycleState state)
    {
        var cycle = CycleIn(state);

        if (state == CycleState.OpenForSelfAssessment)
        {
            Assert.Equal(Answers, Region.WithSelfAssessment(cycle, EvaluationParty.Region, Answers).SelfAssessment);
        }
        else
        {
            Assert.Equal([("KRS135", "state")], Refused.By(() => Region.WithSelfAssessment(cycle, EvaluationParty.Region, Answers)));
        }
    }

    [Theory]
    [MemberData(nameof(States))]
    public void The_evaluator_verifies_and_writes_findings_only_in_verification(CycleState state)
    {
        var cycle = CycleIn(state);
        ValueList<Finding> findings = [new(FindingKind.Strength, new LocalizedText("Layanan daring lengkap"))];

        if (state == CycleState.Verification)
        {
            var verified = Region.WithVerifiedScores(cycle, EvaluationParty.Evaluator, All(3m)).WithFindings(cycle, EvaluationParty.Evaluator, findings);
            Assert.Equal(8, verified.Verified.Count);
            Assert.Equal(findings, verified.Findings);
        }
        else
        {
            Assert.Equal([("KRS135", "state")], Refused.By(() => Region.WithVerifiedScores(cycle, EvaluationParty.Evaluator, All(3m))));
            Assert.Equal([("KRS135", "state")], Refused.By(() => Region.WithFindings(cycle, EvaluationParty.Evaluator, findings)));
        }
    }

    [Theory]
    [InlineData(EvaluationParty.Ministry)]
    [InlineData(EvaluationParty.Evaluator)]
    public void No_one_but_the_region_edits_its_self_assessment(EvaluationParty party)
    {
        Assert.Equal([("KRS135", "state")], Refused.By(() => Region.WithSelfAssessment(CycleIn(CycleState.OpenForSelfAssessment), party, Answers)));
    }

    [Theory]
    [InlineData(EvaluationParty.Ministry)]
    [InlineData(EvaluationParty.Region)]
    public void No_one_but_the_evaluator_gives_verified_scores(EvaluationParty party)
    {
        Assert.Equal([("KRS135", "state")], Refused.By(() => Region.WithVerifiedScores(CycleIn(CycleState.Verification), party, All(3m))));
    }

    [Theory]
    [MemberData(nameof(Parties))]
    public void A_published_cycle_allows_no_party_any_action(EvaluationParty party)
    {
        Assert.All(Enum.GetValues<EvaluationAction>(), action => Assert.False(EvaluationPolicy.Allows(CycleState.Published, party, action)));
        var published = CycleIn(CycleState.Published);
        Assert.Equal([("KRS135", "state")], Refused.By(() => published.WithInstrument(party, Instrument())));
        Assert.Equal([("KRS135", "state")], Refused.By(() => published.Publish(party, [])));
    }

    [Fact]
    public void The_ministry_moves_the_cycle_forward_one_state_at_a_time()
    {
        var draft = CycleIn(CycleState.Draft);

        Assert.Equal([("KRS135", "state")], Refused.By(() => draft.StartVerification(EvaluationParty.Ministry)));
        Assert.Equal([("KRS135", "state")], Refused.By(() => draft.Publish(EvaluationParty.Ministry, [])));
        Assert.Equal([("KRS135", "state")], Refused.By(() => draft.OpenSelfAssessment(EvaluationParty.Evaluator)));
        var open = draft.OpenSelfAssessment(EvaluationParty.Ministry);
        Assert.Equal(CycleState.OpenForSelfAssessment, open.State);
        Assert.Equal([("KRS135", "state")], Refused.By(() => open.OpenSelfAssessment(EvaluationParty.Ministry)));
        Assert.Equal([("KRS135", "state")], Refused.By(() => open.WithInstrument(EvaluationParty.Ministry, Instrument())));
        Assert.Equal(CycleState.Verification, open.StartVerification(EvaluationParty.Ministry).State);
        Assert.Equal(CycleState.Published, CycleIn(CycleState.Published).State);
    }

    [Fact]
    public void Only_a_draft_takes_another_instrument()
    {
        var changed = Instrument(WeightPresets.ResultsFocused.ToWeights(new Dictionary<EvaluationDimension, decimal>
        {
            [EvaluationDimension.Baseline] = 10m,
            [EvaluationDimension.Output] = 20m,
        }));

        Assert.Equal(changed, CycleIn(CycleState.Draft).WithInstrument(EvaluationParty.Ministry, changed).Instrument);
        Assert.Equal([("KRS135", "state")], Refused.By(() => CycleIn(CycleState.Draft).WithInstrument(EvaluationParty.Region, changed)));
    }

    [Fact]
    public void A_refusal_names_the_party_the_action_and_the_state_in_both_languages()
    {
        var problem = Assert.Throws<Domain.Diagnostics.DomainException>(() => Region.WithSelfAssessment(CycleIn(CycleState.Verification), EvaluationParty.Region, Answers)).Problems[0];

        Assert.Equal("The region cannot edit the self-assessment while the cycle is in verification", problem.Message.In(Language.English));
        Assert.Equal("Daerah tidak dapat mengisi penilaian mandiri saat siklus berstatus dalam verifikasi", problem.Message.Indonesian);
    }

    private static EvaluationCycle CycleIn(CycleState state)
    {
        var cycle = new EvaluationCycle(new FiscalYear(2025), new LocalizedText("Evaluasi 2025"), Instrument());
        return state switch
        {
            CycleState.Draft => cycle,
            CycleState.OpenForSelfAssessment => cycle.OpenSelfAssessment(EvaluationParty.Ministry),
            CycleState.Verification => InVerification(2025),
            _ => InVerification(2025).Publish(EvaluationParty.Ministry, []).Cycle,
        };
    }
}
