using Karsa.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage;

/// <summary>
/// The Karsa database: regions, masterplan versions and their programme projections. One subclass per
/// provider carries that provider's migrations (<see cref="SqliteKarsaDbContext"/>,
/// <see cref="PostgresKarsaDbContext"/>); the model is the same.
/// </summary>
public abstract class KarsaDbContext : DbContext
{
    /// <summary>Creates the context with provider options.</summary>
    protected KarsaDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Regions.</summary>
    public DbSet<RegionRecord> Regions => Set<RegionRecord>();

    /// <summary>Masterplan versions.</summary>
    public DbSet<PlanVersionRecord> PlanVersions => Set<PlanVersionRecord>();

    /// <summary>Programme projections.</summary>
    public DbSet<ProgrammeRecord> Programmes => Set<ProgrammeRecord>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<RegionRecord>(region =>
        {
            region.ToTable("regions");
            region.HasKey(r => r.Code);
            region.Property(r => r.Code).HasMaxLength(16);
            region.Property(r => r.Name).HasMaxLength(200);
            region.Property(r => r.Kind).HasMaxLength(16);
            region.Property(r => r.Province).HasMaxLength(200);
            region.HasMany(r => r.Versions).WithOne(v => v.Region).HasForeignKey(v => v.RegionCode).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<PlanVersionRecord>(version =>
        {
            version.ToTable("plan_versions");
            version.HasIndex(v => new { v.RegionCode, v.Version }).IsUnique();
            version.Property(v => v.State).HasMaxLength(16);
            version.Property(v => v.ContentHash).HasMaxLength(64).IsConcurrencyToken();
            version.Property(v => v.UpdatedBy).HasMaxLength(200);
            version.HasMany(v => v.Programmes).WithOne().HasForeignKey(p => p.PlanVersionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ProgrammeRecord>(programme =>
        {
            programme.ToTable("programmes");
            programme.HasIndex(p => new { p.PlanVersionId, p.Code }).IsUnique();
            programme.HasIndex(p => new { p.Dimension, p.Element });
            programme.Property(p => p.Code).HasMaxLength(40);
            programme.Property(p => p.Dimension).HasMaxLength(16);
            programme.Property(p => p.Element).HasMaxLength(40);
            programme.Property(p => p.LeadAgency).HasMaxLength(40);
        });
    }
}

/// <summary>The SQLite flavour of <see cref="KarsaDbContext"/>, with its migrations.</summary>
public sealed class SqliteKarsaDbContext(DbContextOptions<SqliteKarsaDbContext> options) : KarsaDbContext(options);

/// <summary>The PostgreSQL flavour of <see cref="KarsaDbContext"/>, with its migrations.</summary>
public sealed class PostgresKarsaDbContext(DbContextOptions<PostgresKarsaDbContext> options) : KarsaDbContext(options);
