using Karsa.Interchange.Indicators;
using Karsa.Storage.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage;

/// <summary>The monitoring part of the model: indicator observations.</summary>
public abstract partial class KarsaDbContext
{
    /// <summary>Indicator observations of every region.</summary>
    public DbSet<IndicatorObservationRecord> IndicatorObservations => Set<IndicatorObservationRecord>();

    private static void ConfigureMonitoring(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<IndicatorObservationRecord>(observation =>
        {
            observation.ToTable(ObservationColumns.Table);
            observation.HasKey(o => o.Id);
            observation.Property(o => o.Id).HasColumnName("id");
            observation.Property(o => o.RegionCode).HasColumnName(ObservationColumns.Region).HasMaxLength(16);
            observation.Property(o => o.Framework).HasColumnName(ObservationColumns.Framework).HasMaxLength(16);
            observation.Property(o => o.Code).HasColumnName(ObservationColumns.Code).HasMaxLength(ObservationsCsv.MaxCodeLength);
            observation.Property(o => o.PeriodKind).HasColumnName(ObservationColumns.Kind).HasMaxLength(8);
            observation.Property(o => o.PeriodStart).HasColumnName(ObservationColumns.PeriodStart);
            observation.Property(o => o.PeriodEnd).HasColumnName(ObservationColumns.PeriodEnd);
            observation.Property(o => o.Value).HasColumnName(ObservationColumns.Value).HasPrecision(28, 8);
            observation.Property(o => o.Source).HasColumnName(ObservationColumns.Source).HasMaxLength(ObservationsCsv.MaxSourceLength);
            observation.Property(o => o.EvidenceId).HasColumnName(ObservationColumns.Evidence).HasMaxLength(ObservationsCsv.MaxEvidenceLength);
            observation.Property(o => o.RecordedBy).HasColumnName(ObservationColumns.RecordedBy).HasMaxLength(200);
            observation.Property(o => o.RecordedAt).HasColumnName(ObservationColumns.RecordedAt);

            // The natural key; its leading columns also serve a region's dashboard (region, indicator, period).
            observation.HasIndex(o => new { o.RegionCode, o.Framework, o.Code, o.PeriodStart, o.PeriodEnd }).IsUnique().HasDatabaseName(ObservationColumns.UniqueKey);

            // National queries: one indicator across regions over time.
            observation.HasIndex(o => new { o.Framework, o.Code, o.PeriodEnd, o.RegionCode }).HasDatabaseName("ix_indicator_observations_national");

            // The stamp of a region's observations (the latest time one was recorded): one index lookup, not a scan of its 12,000 rows.
            observation.HasIndex(o => new { o.RegionCode, o.RecordedAt }).HasDatabaseName("ix_indicator_observations_recorded");
        });
}
