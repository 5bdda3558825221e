using Karsa.Documents.Evaluation;
using Karsa.Documents.Model;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Scoring;
using static Karsa.Documents.Tests.Evaluation.ReportFixture;

namespace Karsa.Documents.Tests.Evaluation;

/// <summary>The report's content as a book: every number is the model's, shown by the model's <see cref="IndexDisplay"/>.</summary>
public class ReportContentTests
{
    private static string Shown(decimal index) => IndexDisplay.Format(index, Language.Indonesian);

    private static IEnumerable<Block> Blocks(Chapter chapter) => chapter.Lead.Concat(chapter.Sections.SelectMany(s => s.Blocks));

    private static IEnumerable<Block> Blocks(Book book) => Blocks(book.Summary).Concat(book.Chapters.SelectMany(Blocks));

    private static Table TableCaptioned(Book book, string caption) =>
        Blocks(book).OfType<Table>().Single(t => t.Caption!.EndsWith(caption, StringComparison.Ordinal));

    private static TableRow RowOf(Table table, string first) => table.Rows.Single(r => r.Cells[0] == first);

    [Theory]
    [InlineData(Language.Indonesian, "Indeks per dimensi evaluasi", "Indeks keseluruhan")]
    [InlineData(Language.English, "Index per evaluation dimension", "Overall index")]
    public void The_evaluation_dimension_table_shows_weight_questions_index_and_change_of_each_dimension(Language language, string caption, string overall)
    {
        var input = Input();
        var index = input.Result.Index;
        var weights = input.Cycle.Instrument.Weights;
        var table = TableCaptioned(EvaluationReport.Build(input, language), caption);

        Assert.Equal(EvaluationDimensions.All.Count + 1, table.Rows.Count);
        foreach (var dimension in EvaluationDimensions.All)
        {
            var questions = input.Cycle.Instrument.Questions.Count(q => q.EvaluationDimension == dimension);
            var delta = index.Of(dimension) - 3m; // 2024: every question scored 3
            Assert.Equal(
                [dimension.Name().In(language), $"{weights.Of(dimension):0}%", $"{questions}", Shown(index.Of(dimension)), (delta > 0 ? "+" : string.Empty) + Shown(delta)],
                RowOf(table, dimension.Name().In(language)).Cells);
        }

        var total = RowOf(table, overall);
        Assert.True(total.IsTotal);
        Assert.Equal(["100%", "8", Shown(index.Overall), "+" + Shown(index.Overall - 3m)], total.Cells.Skip(1));
        Assert.Equal("3,30", Shown(index.Overall)); // (10x3.75 + 20x10/3 + 30x2.875 + 30x3.25 + 10x4.2) / 100 = 3.2991...
    }

    [Theory]
    [InlineData(Language.Indonesian, "Indeks per dimensi smart city")]
    [InlineData(Language.English, "Index per smart city dimension")]
    public void The_smart_city_table_shows_every_dimension_and_a_dash_where_no_question_gives_an_index(Language language, string caption)
    {
        var input = Input();
        var table = TableCaptioned(EvaluationReport.Build(input, language), caption);

        Assert.Equal(Dimensions.All.Count, table.Rows.Count);
        foreach (var dimension in Dimensions.All)
        {
            var cells = RowOf(table, dimension.Name().In(language)).Cells;
            Assert.Equal(input.Result.Index.Of(dimension) is { } i ? Shown(i) : "-", cells[2]);
        }

        Assert.Equal(["-", "-", "-"], RowOf(table, Dimension.Branding.Name().In(language)).Cells.Skip(1));
        Assert.Equal(Shown((3.5m + 4.2m) / 2m), RowOf(table, Dimension.Governance.Name().In(language)).Cells[2]); // B1 and Q1, weight 1 each
        Assert.Equal("2,88", Shown(((1m * 4m) + (3m * 2.5m)) / 4m)); // Living: 2.875, shown half away from zero
    }

    [Theory]
    [InlineData(Language.Indonesian, "2 dari 4", "naik 1 peringkat")]
    [InlineData(Language.English, "2 of 4", "up 1 place")]
    public void The_summary_gives_the_overall_index_the_national_rank_and_the_change_since_the_earlier_year(Language language, string rank, string moved)
    {
        var input = Input();
        var book = EvaluationReport.Build(input, language);
        var figures = Blocks(book.Summary).OfType<KeyFigures>().Single().Items.Select(f => f.Value).ToList();

        // 2025: 33.14 (4) > 33.13 (3.299...) > 33.01 (3) > 35.07 (2). 2024: 33.14 (3.5) > 33.01 (3.25) > 33.13 (3).
        Assert.Equal([Shown(input.Result.Index.Overall), rank, "+" + Shown(input.Result.Index.Overall - 3m), moved], figures);
        Assert.Contains(RegionName, ((Paragraph)book.Summary.Lead[0]).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_ranking_or_comparison_the_summary_has_the_index_alone_and_the_tables_no_change_column()
    {
        var input = Input(full: false);
        var book = EvaluationReport.Build(input);

        Assert.Equal([Shown(input.Result.Index.Overall)], Blocks(book.Summary).OfType<KeyFigures>().Single().Items.Select(f => f.Value));
        Assert.Equal(4, TableCaptioned(book, "Indeks per dimensi evaluasi").Columns.Count);
        Assert.Equal(3, TableCaptioned(book, "Indeks per dimensi smart city").Columns.Count);
    }

    [Theory]
    [InlineData(Language.Indonesian)]
    [InlineData(Language.English)]
    public void The_cover_names_the_region_its_code_the_year_and_the_report(Language language)
    {
        var cover = EvaluationReport.Build(Input(), language).Cover;

        Assert.Equal(EvaluationReport.Title(language), cover.Title);
        Assert.Contains(RegionName, cover.Kicker, StringComparison.Ordinal);
        Assert.Contains("33.13", cover.Kicker, StringComparison.Ordinal);
        Assert.Contains("2025", cover.Subtitle, StringComparison.Ordinal);
        Assert.Equal("Laporan Evaluasi Implementasi Masterplan Smart City", EvaluationReport.Title(Language.Indonesian));
    }

    [Theory]
    [InlineData(Language.Indonesian, "Kekuatan", "Kelemahan", "Rekomendasi")]
    [InlineData(Language.English, "Strengths", "Weaknesses", "Recommendations")]
    public void Findings_are_grouped_as_strengths_weaknesses_and_recommendations(Language language, string strengths, string weaknesses, string recommendations)
    {
        var chapter = EvaluationReport.Build(Input(), language).Chapters.Single(c => c.Sections.Any(s => s.Heading.EndsWith(strengths, StringComparison.Ordinal)));
        string Items(string heading) => string.Join("\n", chapter.Sections.Single(s => s.Heading.EndsWith(heading, StringComparison.Ordinal))
            .Blocks.OfType<BulletList>().Single().Items.Select(i => string.Concat(i.Select(r => r.Text))));

        Assert.Equal(Strength.In(language), Items(strengths));
        Assert.StartsWith(Weakness.In(language), Items(weaknesses), StringComparison.Ordinal);
        Assert.Contains(EvaluationDimension.Output.Name().In(language), Items(weaknesses), StringComparison.Ordinal);
        Assert.StartsWith(Recommendation.In(language), Items(recommendations), StringComparison.Ordinal);
    }

    [Fact]
    public void The_appendix_lists_each_question_with_its_self_assessed_and_verified_score_and_the_note()
    {
        var input = Input();
        var table = EvaluationReport.Build(input).Chapters.Last().Lead.OfType<Table>().Single();
        var rows = table.Rows.ToDictionary(r => r.Cells[0]);

        Assert.Equal(["B1", "B2", "O1", "O2", "C1", "C2", "I1", "Q1"], table.Rows.Select(r => r.Cells[0])); // by evaluation dimension
        foreach (var question in input.Cycle.Instrument.Questions)
        {
            var cells = rows[question.Code.Value].Cells;
            var self = input.Evaluation.SelfAssessment.FirstOrDefault(a => a.Question == question.Code);
            Assert.Equal(self is null ? "-" : IndexDisplay.Format(self.Score, Language.Indonesian, Scale.Decimals), cells[4]);
            Assert.Equal(IndexDisplay.Format(input.Evaluation.ScoreOf(question.Code)!.Score, Language.Indonesian, Scale.Decimals), cells[5]);
        }

        Assert.Equal(["B1", "Baseline", "Pertanyaan B1", "1", "4,00", "3,50", Hostile], rows["B1"].Cells);
        Assert.Equal("4,20", rows["Q1"].Cells[5]); // 1 + 4/5 x (5 - 1)
        Assert.Contains("quick win terlaksana: 4 dari 5", rows["Q1"].Cells[6], StringComparison.Ordinal);
        Assert.Contains("program tepat jadwal: 60 %", rows["I1"].Cells[6], StringComparison.Ordinal);
        Assert.Contains(OverrideNote, rows["I1"].Cells[6], StringComparison.Ordinal);
        Assert.Equal("2", rows["O1"].Cells[3]);
    }

    [Fact]
    public void The_radar_shows_the_indexed_dimensions_of_both_years_and_is_left_out_with_fewer_than_three()
    {
        var input = Input();
        var radar = Blocks(EvaluationReport.Build(input)).OfType<Figure>().Select(f => f.Chart).OfType<Charts.RadarChart>().Single();
        var indexed = input.Result.Index.BySmartCityDimension;

        Assert.Equal(indexed.Select(i => i.Dimension.Name().Indonesian), radar.Axes);
        Assert.Equal(["2025", "2024"], radar.Series.Select(s => s.Name));
        Assert.Equal(indexed.Select(i => i.Index), radar.Series[0].Values);
        Assert.All(radar.Series[1].Values, v => Assert.Equal(3m, v));
        Assert.Equal((Scale.Minimum, Scale.Maximum), (radar.Min, radar.Max));

        Assert.Empty(Blocks(EvaluationReport.Build(Input(narrow: true))).OfType<Figure>());
    }

    [Fact]
    public void An_input_whose_parts_do_not_belong_together_is_refused_at_each_path()
    {
        var good = Input();
        var other = Input(full: false);
        var otherRegion = good.Ranking!.Entries.First(e => e.Result.Region != Region).Result;

        var error = Assert.Throws<DomainException>(() => new EvaluationReportInput(" ", good.Cycle, otherRegion, good.Evaluation, good.Ranking, good.Change));

        Assert.Equal([("KRS007", "regionName"), ("KRS138", "evaluation.region"), ("KRS138", "change")], error.Problems.Select(p => (p.Code, p.Path)));
        Assert.Equal("cycle.state", Assert.Throws<DomainException>(() => new EvaluationReportInput(RegionName, Unpublished(), good.Result, good.Evaluation)).Problems.Single().Path);
        Assert.NotNull(new EvaluationReportInput(RegionName, other.Cycle, good.Result, good.Evaluation).Result);
    }

    private static Monitoring.Evaluation.Workflow.EvaluationCycle Unpublished() =>
        new(new FiscalYear(2025), new LocalizedText("Evaluasi 2025"), Instrument());
}
