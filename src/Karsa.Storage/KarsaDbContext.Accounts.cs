using Karsa.Storage.Accounts;
using Karsa.Storage.Audit;
using Karsa.Storage.Jobs;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage;

/// <summary>The tables beside the plans: accounts, tokens, audit log, jobs and data-protection keys.</summary>
public abstract partial class KarsaDbContext
{
    private static void ConfigureAccounts(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<KarsaUser>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.Role).HasMaxLength(40);
            user.Property(u => u.RegionCode).HasMaxLength(16);
            user.Property(u => u.AgencyCode).HasMaxLength(40);
            user.HasIndex(u => u.RegionCode);
        });
        modelBuilder.Entity<Microsoft.AspNetCore.Identity.IdentityRole>().ToTable("roles");
        modelBuilder.Entity<Microsoft.AspNetCore.Identity.IdentityUserRole<string>>().ToTable("user_roles");
        modelBuilder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<string>>().ToTable("user_claims");
        modelBuilder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<string>>().ToTable("user_logins");
        modelBuilder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<string>>().ToTable("user_tokens");
        modelBuilder.Entity<Microsoft.AspNetCore.Identity.IdentityRoleClaim<string>>().ToTable("role_claims");

        modelBuilder.Entity<ApiTokenRecord>(token =>
        {
            token.ToTable("api_tokens");
            token.HasKey(t => t.Id);
            token.HasIndex(t => t.Hash).IsUnique();
            token.HasIndex(t => t.UserId);
            token.Property(t => t.UserId).HasMaxLength(450);
            token.Property(t => t.Name).HasMaxLength(200);
            token.Property(t => t.Prefix).HasMaxLength(16);
            token.Property(t => t.Hash).HasMaxLength(64);
            token.HasOne<KarsaUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }

    private static void ConfigureAuditAndJobs(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntryRecord>(entry =>
        {
            entry.ToTable("audit_entries");
            entry.HasKey(e => e.Id);
            entry.HasIndex(e => new { e.RegionCode, e.Id });
            entry.Property(e => e.Actor).HasMaxLength(200);
            entry.Property(e => e.Action).HasMaxLength(60);
            entry.Property(e => e.RegionCode).HasMaxLength(16);
            entry.Property(e => e.Target).HasMaxLength(400);
        });

        modelBuilder.Entity<JobRecord>(job =>
        {
            job.ToTable("jobs");
            job.HasKey(j => j.Id);
            job.HasIndex(j => j.RequestKey);
            job.HasIndex(j => new { j.RegionCode, j.CreatedAt });
            job.Property(j => j.Kind).HasMaxLength(40);
            job.Property(j => j.RegionCode).HasMaxLength(16);
            job.Property(j => j.ContentHash).HasMaxLength(64);
            job.Property(j => j.RequestKey).HasMaxLength(64);
            job.Property(j => j.State).HasMaxLength(16);
            job.Property(j => j.CreatedBy).HasMaxLength(200);
        });
    }
}
