using Karsa.Storage.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage;

/// <summary>
/// The ministry's evaluation: cycles and their questions, each region's self-assessment, verified
/// scores and findings, and the published results with their dimension indices.
/// </summary>
public abstract partial class KarsaDbContext
{
    /// <summary>Evaluation cycles.</summary>
    public DbSet<EvaluationCycleRecord> EvaluationCycles => Set<EvaluationCycleRecord>();

    /// <summary>The questions of every cycle.</summary>
    public DbSet<EvaluationQuestionRecord> EvaluationQuestions => Set<EvaluationQuestionRecord>();

    /// <summary>Regions' self-assessment answers.</summary>
    public DbSet<SelfAssessmentAnswerRecord> EvaluationAnswers => Set<SelfAssessmentAnswerRecord>();

    /// <summary>Evaluators' verified scores.</summary>
    public DbSet<VerifiedScoreRecord> EvaluationScores => Set<VerifiedScoreRecord>();

    /// <summary>Evaluators' findings.</summary>
    public DbSet<FindingRecord> EvaluationFindings => Set<FindingRecord>();

    /// <summary>Published results.</summary>
    public DbSet<EvaluationResultRecord> EvaluationResults => Set<EvaluationResultRecord>();

    private static void ConfigureEvaluation(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EvaluationCycleRecord>(cycle =>
        {
            cycle.ToTable("evaluation_cycles");
            cycle.HasIndex(c => c.FiscalYear);
            cycle.Property(c => c.Title).HasMaxLength(400);
            cycle.Property(c => c.TitleEnglish).HasMaxLength(400);
            cycle.Property(c => c.State).HasMaxLength(32);
            cycle.Property(c => c.WeightPreset).HasMaxLength(64);
            cycle.Property(c => c.UpdatedBy).HasMaxLength(200);
            cycle.HasMany(c => c.Questions).WithOne().HasForeignKey(q => q.CycleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<EvaluationQuestionRecord>(question =>
        {
            question.ToTable("evaluation_questions");
            question.HasIndex(q => new { q.CycleId, q.Code }).IsUnique();
            question.Property(q => q.Code).HasMaxLength(40);
            question.Property(q => q.EvaluationDimension).HasMaxLength(16);
            question.Property(q => q.SmartCityDimension).HasMaxLength(16);
            question.Property(q => q.Prefill).HasMaxLength(32);
        });

        modelBuilder.Entity<SelfAssessmentAnswerRecord>(answer =>
        {
            answer.ToTable("evaluation_answers");
            answer.HasIndex(a => new { a.CycleId, a.RegionCode, a.QuestionCode }).IsUnique();
            RegionRow(answer, a => a.CycleId, a => a.RegionCode, a => a.QuestionCode);
            answer.Property(a => a.AnsweredBy).HasMaxLength(200);
        });

        modelBuilder.Entity<VerifiedScoreRecord>(score =>
        {
            score.ToTable("evaluation_scores");
            score.HasIndex(s => new { s.CycleId, s.RegionCode, s.QuestionCode }).IsUnique();
            RegionRow(score, s => s.CycleId, s => s.RegionCode, s => s.QuestionCode);
            score.Property(s => s.State).HasMaxLength(16);
            score.Property(s => s.ScoredBy).HasMaxLength(200);
        });

        modelBuilder.Entity<FindingRecord>(finding =>
        {
            finding.ToTable("evaluation_findings");
            finding.HasIndex(f => new { f.CycleId, f.RegionCode, f.Position }).IsUnique();
            finding.Property(f => f.RegionCode).HasMaxLength(16);
            finding.Property(f => f.Kind).HasMaxLength(16);
            finding.Property(f => f.EvaluationDimension).HasMaxLength(16);
            finding.Property(f => f.SmartCityDimension).HasMaxLength(16);
            finding.HasOne<EvaluationCycleRecord>().WithMany().HasForeignKey(f => f.CycleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<EvaluationResultRecord>(result =>
        {
            result.ToTable("evaluation_results");

            // A national ranking reads one cycle's results (514 rows); a region's year over year reads its own.
            result.HasIndex(r => new { r.CycleId, r.RegionCode }).IsUnique();
            result.HasIndex(r => new { r.RegionCode, r.FiscalYear });
            result.Property(r => r.RegionCode).HasMaxLength(16);
            result.HasOne<EvaluationCycleRecord>().WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Restrict);
            result.HasMany(r => r.Indices).WithOne().HasForeignKey(i => i.ResultId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ResultIndexRecord>(index =>
        {
            index.ToTable("evaluation_result_indices");
            index.HasKey(i => new { i.ResultId, i.Family, i.Dimension });
            index.Property(i => i.Family).HasMaxLength(16);
            index.Property(i => i.Dimension).HasMaxLength(16);
        });
    }

    /// <summary>The shape shared by a region's per-question rows: the cycle they belong to, the region and the question.</summary>
    private static void RegionRow<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> row,
        System.Linq.Expressions.Expression<Func<T, object?>> cycle, System.Linq.Expressions.Expression<Func<T, string>> region,
        System.Linq.Expressions.Expression<Func<T, string>> question)
        where T : class
    {
        row.Property(region).HasMaxLength(16);
        row.Property(question).HasMaxLength(40);
        row.HasOne<EvaluationCycleRecord>().WithMany().HasForeignKey(cycle).OnDelete(DeleteBehavior.Cascade);
    }
}
