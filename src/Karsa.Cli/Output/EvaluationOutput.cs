using Karsa.Application.Evaluation;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Scoring;
using Spectre.Console;

namespace Karsa.Cli.Output;

/// <summary>What <c>karsa evaluate score</c> prints: the index per evaluation dimension, per smart-city dimension and overall, with where its scores come from.</summary>
internal static class EvaluationOutput
{
    /// <summary>The index of <paramref name="scores"/>; a provisional one says so and counts the scores that are not verified.</summary>
    public static void Scores(CliContext context, RegionScores scores)
    {
        var cycle = scores.Cycle.Cycle;
        var instrument = cycle.Instrument;
        var language = context.Language;
        context.Out.WriteLine(context.T(
            $"{cycle.Title.In(language)} (siklus {scores.Cycle.Id}, tahun {cycle.Year}), wilayah {scores.Region}",
            $"{cycle.Title.In(language)} (cycle {scores.Cycle.Id}, year {cycle.Year}), region {scores.Region}"));
        context.Out.WriteLine(scores.Published
            ? context.T("Hasil terbit (skor terverifikasi).", "Published result (verified scores).")
            : context.T(
                "INDEKS SEMENTARA, belum terbit: skor terverifikasi dihitung, dan penilaian mandiri wilayah di tempat yang belum diverifikasi.",
                "PROVISIONAL INDEX, not published: verified scores count, and the region's self-assessment where none is verified yet."));

        var byEvaluation = NewTable(context, context.T("Dimensi evaluasi", "Evaluation dimension"), context.T("Bobot", "Weight"), scores.Published);
        foreach (var index in scores.Index.ByEvaluationDimension)
        {
            AddRow(context, byEvaluation, index.Dimension.Name().In(language), IndonesianNumbers.FormatDecimal(instrument.Weights.Of(index.Dimension), 0), index.Index,
                index.Questions, b => scores.Count(index.Dimension, b), scores.Published);
        }

        Terminal.For(context.Out, width: context.Width).Write(byEvaluation);
        var bySmartCity = NewTable(context, context.T("Dimensi smart city", "Smart-city dimension"), null, scores.Published);
        foreach (var index in scores.Index.BySmartCityDimension)
        {
            AddRow(context, bySmartCity, index.Dimension.Name().In(language), null, index.Index, index.Questions, b => scores.Count(index.Dimension, b), scores.Published);
        }

        Terminal.For(context.Out, width: context.Width).Write(bySmartCity);
        var scale = $"{IndonesianNumbers.FormatDecimal(instrument.Scale.Minimum, instrument.Scale.Decimals)}-{IndonesianNumbers.FormatDecimal(instrument.Scale.Maximum, instrument.Scale.Decimals)}";
        var overall = IndexDisplay.Format(scores.Index.Overall, Language.Indonesian);
        context.Out.WriteLine(scores.Published
            ? context.T($"Indeks keseluruhan: {overall} (skala {scale})", $"Overall index: {overall} (scale {scale})")
            : context.T($"Indeks keseluruhan (sementara): {overall} (skala {scale})", $"Overall index (provisional): {overall} (scale {scale})"));
        if (!scores.Published)
        {
            context.Out.WriteLine(context.T(
                $"Dari {instrument.Questions.Count} pertanyaan: {scores.Count(ScoreBasis.Verified)} terverifikasi, {scores.Count(ScoreBasis.Prefilled)} prefill belum dikonfirmasi, "
                + $"{scores.Count(ScoreBasis.SelfAssessment)} penilaian mandiri, {scores.Count(ScoreBasis.Unanswered)} belum dijawab (dihitung nilai minimum skala).",
                $"Of {instrument.Questions.Count} questions: {scores.Count(ScoreBasis.Verified)} verified, {scores.Count(ScoreBasis.Prefilled)} prefilled not yet confirmed, "
                + $"{scores.Count(ScoreBasis.SelfAssessment)} self-assessed, {scores.Count(ScoreBasis.Unanswered)} unanswered (counted as the scale's minimum)."));
        }
    }

    private static Table NewTable(CliContext context, string dimension, string? weight, bool published)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(Markup.Escape(dimension));
        if (weight is not null)
        {
            table.AddColumn(new TableColumn(Markup.Escape(weight)).RightAligned());
        }

        table.AddColumn(new TableColumn(Markup.Escape(published ? context.T("Indeks", "Index") : context.T("Indeks sementara", "Provisional index"))).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(context.T("Pertanyaan", "Questions"))).RightAligned());
        if (!published)
        {
            table.AddColumn(Markup.Escape(context.T("Belum terverifikasi", "Not verified")));
        }

        return table;
    }

    private static void AddRow(CliContext context, Table table, string name, string? weight, decimal index, int questions, Func<ScoreBasis, int> count, bool published)
    {
        var cells = new List<string> { Markup.Escape(name) };
        if (weight is not null)
        {
            cells.Add(weight);
        }

        cells.Add(IndexDisplay.Format(index, Language.Indonesian));
        cells.Add(IndonesianNumbers.FormatInteger(questions));
        if (!published)
        {
            var unverified = Enum.GetValues<ScoreBasis>().Where(b => b != ScoreBasis.Verified && count(b) > 0)
                .Select(b => $"{IndonesianNumbers.FormatInteger(count(b))} {Basis(context, b)}").ToList();
            cells.Add(Markup.Escape(unverified.Count == 0 ? "-" : string.Join(", ", unverified)));
        }

        table.AddRow([.. cells]);
    }

    private static string Basis(CliContext context, ScoreBasis basis) => basis switch
    {
        ScoreBasis.Verified => context.T("terverifikasi", "verified"),
        ScoreBasis.Prefilled => context.T("prefill", "prefilled"),
        ScoreBasis.SelfAssessment => context.T("mandiri", "self-assessed"),
        _ => context.T("kosong", "unanswered"),
    };
}
