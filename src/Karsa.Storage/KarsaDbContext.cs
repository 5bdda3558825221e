using Karsa.Storage.Accounts;
using Karsa.Storage.Audit;
using Karsa.Storage.Jobs;
using Karsa.Storage.Records;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage;

/// <summary>
/// The Karsa database: regions, masterplan versions and their programme projections; the accounts
/// (ASP.NET Core Identity), API tokens, the audit log, long jobs and the web servers' shared
/// data-protection keys and the e-mail outbox. One subclass per provider carries that provider's migrations (<see cref="SqliteKarsaDbContext"/>,
/// <see cref="PostgresKarsaDbContext"/>); the model is the same.
/// </summary>
public abstract partial class KarsaDbContext : IdentityDbContext<KarsaUser>, IDataProtectionKeyContext
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

    /// <summary>Personal API tokens (hashed).</summary>
    public DbSet<ApiTokenRecord> ApiTokens => Set<ApiTokenRecord>();

    /// <summary>The audit log.</summary>
    public DbSet<AuditEntryRecord> AuditEntries => Set<AuditEntryRecord>();

    /// <summary>Long jobs and their results.</summary>
    public DbSet<JobRecord> Jobs => Set<JobRecord>();

    /// <summary>ASP.NET Core data-protection keys, shared by every web server on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        ConfigureAccounts(builder);
        ConfigureAuditAndJobs(builder);
        ConfigureMail(builder);
        ConfigureMonitoring(builder);
        ConfigureCalendar(builder);
        ConfigureIndicatorCatalogues(builder);
        ConfigureEvaluation(builder);
        ConfigureProgress(builder);
        builder.Entity<RegionRecord>(region =>
        {
            region.ToTable("regions");
            region.HasKey(r => r.Code);
            region.Property(r => r.Code).HasMaxLength(16);
            region.Property(r => r.Name).HasMaxLength(200);
            region.Property(r => r.Kind).HasMaxLength(16);
            region.Property(r => r.Province).HasMaxLength(200);
            region.HasIndex(r => new { r.Province, r.Cohort });
            region.HasMany(r => r.Versions).WithOne(v => v.Region).HasForeignKey(v => v.RegionCode).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<PlanVersionRecord>(version =>
        {
            version.ToTable("plan_versions");
            version.HasIndex(v => new { v.RegionCode, v.Version }).IsUnique();
            version.Property(v => v.State).HasMaxLength(16);
            version.Property(v => v.ContentHash).HasMaxLength(64).IsConcurrencyToken();
            version.Property(v => v.UpdatedBy).HasMaxLength(200);
            version.HasMany(v => v.Programmes).WithOne().HasForeignKey(p => p.PlanVersionId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ProgrammeRecord>(programme =>
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
