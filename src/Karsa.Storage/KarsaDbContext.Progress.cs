using Karsa.Storage.Progress;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage;

/// <summary>The progress part of the model: programme reports, their money and milestones, and evidence metadata.</summary>
public abstract partial class KarsaDbContext
{
    /// <summary>Progress reports of every region.</summary>
    public DbSet<ProgressReportRecord> ProgressReports => Set<ProgressReportRecord>();

    /// <summary>The progress settings (status list, weighting) of the regions that set their own.</summary>
    public DbSet<ProgressSettingsRecord> ProgressSettings => Set<ProgressSettingsRecord>();

    /// <summary>Evidence file metadata of every region.</summary>
    public DbSet<EvidenceRecord> Evidence => Set<EvidenceRecord>();

    private static void ConfigureProgress(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProgressReportRecord>(report =>
        {
            report.ToTable("progress_reports");
            report.HasKey(r => r.Id);
            report.Property(r => r.RegionCode).HasMaxLength(16);
            report.Property(r => r.ProgrammeCode).HasMaxLength(40);
            report.Property(r => r.StatusKey).HasMaxLength(40);
            report.Property(r => r.Percent).HasPrecision(9, 4);
            report.Property(r => r.Notes).HasMaxLength(4000);
            report.Property(r => r.ReportedBy).HasMaxLength(200);
            report.Property(r => r.Revision).IsConcurrencyToken();
            report.HasIndex(r => new { r.RegionCode, r.PlanVersion, r.ProgrammeCode, r.FiscalYear }).IsUnique();

            // The change stamps of a region's reports (count, newest id, sum of revisions) read this index alone.
            report.HasIndex(r => new { r.RegionCode, r.PlanVersion, r.Id, r.Revision }).HasDatabaseName("ix_progress_reports_stamp");
            report.HasMany(r => r.Realised).WithOne().HasForeignKey(m => m.ReportId).OnDelete(DeleteBehavior.Cascade);
            report.HasMany(r => r.Milestones).WithOne().HasForeignKey(m => m.ReportId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ProgressSettingsRecord>(settings =>
        {
            settings.ToTable("progress_settings");
            settings.HasKey(s => s.RegionCode);
            settings.Property(s => s.RegionCode).HasMaxLength(16);
            settings.Property(s => s.WeightBasis).HasMaxLength(20);
            settings.Property(s => s.UpdatedBy).HasMaxLength(200);
            settings.Property(s => s.Revision).IsConcurrencyToken();
        });

        modelBuilder.Entity<ProgressRealisedRecord>(realised =>
        {
            realised.ToTable("progress_realised");
            realised.HasKey(r => new { r.ReportId, r.Source });
            realised.Property(r => r.Source).HasMaxLength(40);
        });

        modelBuilder.Entity<ProgressMilestoneRecord>(milestone =>
        {
            milestone.ToTable("progress_milestones");
            milestone.HasKey(m => new { m.ReportId, m.Position });
            milestone.Property(m => m.Name).HasMaxLength(200);
        });

        modelBuilder.Entity<EvidenceRecord>(evidence =>
        {
            evidence.ToTable("progress_evidence");
            evidence.HasKey(e => e.Id);
            evidence.Property(e => e.Id).HasMaxLength(32);
            evidence.Property(e => e.RegionCode).HasMaxLength(16);
            evidence.Property(e => e.ProgrammeCode).HasMaxLength(40);
            evidence.Property(e => e.FileName).HasMaxLength(120);
            evidence.Property(e => e.Kind).HasMaxLength(16);
            evidence.Property(e => e.ContentType).HasMaxLength(120);
            evidence.Property(e => e.Sha256).HasMaxLength(64);
            evidence.Property(e => e.UploadedBy).HasMaxLength(200);
            evidence.HasIndex(e => new { e.RegionCode, e.PlanVersion, e.ProgrammeCode, e.FiscalYear });
        });
    }
}
