using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Monitoring.Evaluation.Workflow;
using Karsa.Storage.Evaluation;

namespace Karsa.Storage.Tests.Evaluation;

/// <summary>What the evaluation store must do on every provider; run once per provider.</summary>
public abstract class EvaluationStoreContract
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly RegionCode Karanganyar = new("33.13");
    private static readonly RegionCode Surakarta = new("33.72");
    private static readonly QuestionCode B1 = new("B1"), O1 = new("O1"), O2 = new("O2"), C1 = new("C1"), I1 = new("I1"), Q1 = new("Q1");

    private protected abstract TestDatabase CreateDatabase();

    private static EvaluationCycle Draft() => new(new FiscalYear(2025), new LocalizedText("Evaluasi Smart City 2025", "Smart City Evaluation 2025"),
        new EvaluationInstrument(
        [
            new Question(B1, new LocalizedText("Ada dokumen masterplan?", "Is there a masterplan?"), EvaluationDimension.Baseline, 1m, Dimension.Governance,
                new LocalizedText("Unggah perbup", "Upload the regulation")),
            new Question(O1, "Ada anggaran?", EvaluationDimension.Output, 2m),
            new Question(O2, "Ada kelembagaan?", EvaluationDimension.Output, 1m),
            new Question(C1, "Program sesuai jadwal", EvaluationDimension.Outcome, 3m, Dimension.Living, prefill: PrefillFact.ProgrammesOnSchedule),
            new Question(I1, "Manfaat bagi warga", EvaluationDimension.Impact, 1m, Dimension.Living),
            new Question(Q1, "Quick win terlaksana", EvaluationDimension.QuickWin, 1m, Dimension.Governance, prefill: PrefillFact.QuickWinsDelivered),
        ],
        new EvaluationWeights(10m, 20m, 30m, 30m, 10m), new AnswerScale(1m, 5m, 2)));

    private static ValueList<SelfAssessmentAnswer> Answers() =>
        [new(B1, 4m, "Perbup 12/2024", ["ev-1", "ev-2"]), new(O1, 3.5m), new(C1, 2m, null, ["ev-3"])];

    private static ValueList<VerifiedScore> Scores(AnswerScale scale) =>
    [
        VerifiedScore.ByEvaluator(B1, 3.5m, "sesuai bukti"),
        VerifiedScore.ByEvaluator(O1, 3m),
        VerifiedScore.ByEvaluator(O2, 4m),
        VerifiedScore.Prefilled(C1, DataSource.Percentage(PrefillFact.ProgrammesOnSchedule.Name(), 2m / 3m), scale).Override(2.5m, "dua program terlambat"),
        VerifiedScore.ByEvaluator(I1, 3.25m),
        VerifiedScore.Prefilled(Q1, DataSource.Count(PrefillFact.QuickWinsDelivered.Name(), 4, 5), scale).Confirm(),
    ];

    private static ValueList<Finding> Findings() =>
    [
        new(FindingKind.Strength, new LocalizedText("Perbup sudah ada", "The regulation exists"), EvaluationDimension.Baseline),
        new(FindingKind.Recommendation, "Percepat program", null, Dimension.Living),
    ];

    [SkippableFact]
    public async Task A_cycle_reads_back_as_it_was_stored_and_moves_on_only_from_the_state_the_writer_read()
    {
        using var database = CreateDatabase();
        var store = EvaluationStore.Open(database.Location);
        var draft = Draft();
        var id = await store.CreateCycleAsync(draft, "10-20-30-30-10", "kemendagri", Monday);

        var stored = await store.CycleAsync(id);
        Assert.Equal(draft, stored.Cycle);
        Assert.Equal("10-20-30-30-10", stored.WeightPreset);

        var open = draft.OpenSelfAssessment(EvaluationParty.Ministry);
        await store.SaveCycleAsync(id, CycleState.Draft, open, "kemendagri", Monday);
        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveCycleAsync(id, CycleState.Draft, open, "lain", Monday));

        Assert.Contains("open for self-assessment", stale.Message, StringComparison.Ordinal);
        Assert.Equal(CycleState.OpenForSelfAssessment, (await store.CycleAsync(id)).Cycle.State);
        Assert.Equal([(id, 2025, CycleState.OpenForSelfAssessment)], (await store.CyclesAsync()).Select(c => (c.Id, c.Year, c.State)));
    }

    [SkippableFact]
    public async Task A_region_evaluation_round_trips_with_evidence_prefill_sources_and_findings_in_order()
    {
        using var database = CreateDatabase();
        var store = EvaluationStore.Open(database.Location);
        var draft = Draft();
        var id = await store.CreateCycleAsync(draft, null, "kemendagri", Monday);
        var scale = draft.Instrument.Scale;
        var open = draft.OpenSelfAssessment(EvaluationParty.Ministry);
        await store.SaveCycleAsync(id, CycleState.Draft, open, "kemendagri", Monday);
        await store.SaveSelfAssessmentAsync(id, CycleState.OpenForSelfAssessment, Karanganyar, Answers(), "perencana", Monday);
        await store.SaveSelfAssessmentAsync(id, CycleState.OpenForSelfAssessment, Surakarta, [new(B1, 2m)], "perencana-solo", Monday);
        await store.SaveCycleAsync(id, CycleState.OpenForSelfAssessment, open.StartVerification(EvaluationParty.Ministry), "kemendagri", Monday);
        await store.SaveVerifiedScoresAsync(id, CycleState.Verification, Karanganyar, Scores(scale), "penilai", Monday);
        await store.SaveFindingsAsync(id, CycleState.Verification, Karanganyar, Findings(), "penilai", Monday);

        var karanganyar = await store.EvaluationAsync(id, Karanganyar);

        Assert.Equal(Answers(), karanganyar.SelfAssessment);
        Assert.Equal(Scores(scale), karanganyar.Verified);
        Assert.Equal(Findings(), karanganyar.Findings);
        Assert.Equal(new LocalizedText("Quick win terlaksana: 4 dari 5", "Quick wins delivered: 4 of 5"), karanganyar.ScoreOf(Q1)!.Source!.Description);
        Assert.Equal([Karanganyar, Surakarta], (await store.EvaluationsAsync(id)).Select(e => e.Region));
        Assert.Equal(new RegionEvaluation(new RegionCode("35.07")), await store.EvaluationAsync(id, new RegionCode("35.07")));
    }

    [SkippableFact]
    public async Task Publishing_stores_exact_results_and_freezes_the_cycle()
    {
        using var database = CreateDatabase();
        var store = EvaluationStore.Open(database.Location);
        var draft = Draft();
        var id = await store.CreateCycleAsync(draft, null, "kemendagri", Monday);
        var open = draft.OpenSelfAssessment(EvaluationParty.Ministry);
        var verification = open.StartVerification(EvaluationParty.Ministry);
        await store.SaveCycleAsync(id, CycleState.Draft, open, "kemendagri", Monday);
        await store.SaveCycleAsync(id, CycleState.OpenForSelfAssessment, verification, "kemendagri", Monday);
        var evaluation = new RegionEvaluation(Karanganyar)
            .WithVerifiedScores(verification, EvaluationParty.Evaluator, Scores(draft.Instrument.Scale))
            .WithFindings(verification, EvaluationParty.Evaluator, Findings());
        await store.SaveVerifiedScoresAsync(id, CycleState.Verification, Karanganyar, evaluation.Verified, "penilai", Monday);
        await store.SaveFindingsAsync(id, CycleState.Verification, Karanganyar, evaluation.Findings, "penilai", Monday);
        var published = verification.Publish(EvaluationParty.Ministry, [evaluation]);

        await store.PublishAsync(id, CycleState.Verification, published, "kemendagri", Monday);

        var expected = Assert.Single(published.Results);
        var ranked = Assert.Single(await store.ResultsAsync(id));
        Assert.Equal(expected with { Findings = [] }, ranked.Result);
        Assert.Equal(2.5m, ranked.Result.Index.Of(EvaluationDimension.Outcome)); // the override counts, not the prefill
        var ofRegion = Assert.Single(await store.RegionResultsAsync(Karanganyar));
        Assert.Equal((id, expected), (ofRegion.CycleId, ofRegion.Result));
        Assert.Equal(CycleState.Published, (await store.CycleAsync(id)).Cycle.State);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            store.SaveVerifiedScoresAsync(id, CycleState.Verification, Karanganyar, [VerifiedScore.ByEvaluator(B1, 5m)], "penilai", Monday));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.PublishAsync(id, CycleState.Verification, published, "kemendagri", Monday));
        Assert.Equal(evaluation.Verified, (await store.EvaluationAsync(id, Karanganyar)).Verified);
    }

    [SkippableFact]
    public async Task An_exact_index_that_needs_every_decimal_survives_the_database()
    {
        using var database = CreateDatabase();
        var store = EvaluationStore.Open(database.Location);
        var draft = Draft();
        var id = await store.CreateCycleAsync(draft, null, "kemendagri", Monday);
        var verification = draft.OpenSelfAssessment(EvaluationParty.Ministry).StartVerification(EvaluationParty.Ministry);
        await store.SaveCycleAsync(id, CycleState.Draft, draft.OpenSelfAssessment(EvaluationParty.Ministry), "kemendagri", Monday);
        await store.SaveCycleAsync(id, CycleState.OpenForSelfAssessment, verification, "kemendagri", Monday);

        // Output (2 x 1 + 1 x 2) / 3 = 1.3333...: a third makes every decimal count.
        ValueList<VerifiedScore> thirds = [.. draft.Instrument.Questions.Select(q => VerifiedScore.ByEvaluator(q.Code, q.Code == O2 ? 2m : 1m))];
        var evaluation = new RegionEvaluation(Karanganyar).WithVerifiedScores(verification, EvaluationParty.Evaluator, thirds);
        var published = verification.Publish(EvaluationParty.Ministry, [evaluation]);
        await store.PublishAsync(id, CycleState.Verification, published, "kemendagri", Monday);

        var output = Assert.Single(await store.ResultsAsync(id)).Result.Index.Of(EvaluationDimension.Output);
        Assert.Equal(1.3333333333333333333333333333m, output);
        Assert.Equal(((10m * 1m) + (20m * (4m / 3m)) + (30m * 1m) + (30m * 1m) + (10m * 1m)) / 100m, Assert.Single(await store.ResultsAsync(id)).Result.Index.Overall);
        Assert.Equal(published.Results[0].Index, Assert.Single(await store.ResultsAsync(id)).Result.Index);
    }

    [SkippableFact]
    public async Task An_empty_database_reads_as_empty_and_a_missing_cycle_is_not_found()
    {
        using var database = CreateDatabase();
        var store = EvaluationStore.Open(database.Location);

        Assert.Empty(await store.CyclesAsync());
        Assert.Empty(await store.ResultsAsync(1));
        var missing = await Assert.ThrowsAsync<StorageException>(() => store.CycleAsync(7));
        Assert.True(missing.IsNotFound);
        var write = await Assert.ThrowsAsync<StorageException>(() => store.SaveFindingsAsync(7, CycleState.Verification, Karanganyar, [], "penilai", Monday));
        Assert.True(write.IsNotFound);
    }
}

/// <summary>The contract on SQLite.</summary>
public sealed class SqliteEvaluationStoreTests : EvaluationStoreContract
{
    private protected override TestDatabase CreateDatabase() => TestDatabases.Sqlite();
}

/// <summary>The contract on PostgreSQL.</summary>
public sealed class PostgresEvaluationStoreTests : EvaluationStoreContract
{
    private protected override TestDatabase CreateDatabase() => TestDatabases.Postgres();
}
