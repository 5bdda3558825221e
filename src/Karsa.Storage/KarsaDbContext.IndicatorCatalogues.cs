using Karsa.Storage.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage;

/// <summary>The users' indicator definitions files, per region or for the installation.</summary>
public abstract partial class KarsaDbContext
{
    /// <summary>Loaded indicator definitions files.</summary>
    public DbSet<IndicatorCatalogueRecord> IndicatorCatalogues => Set<IndicatorCatalogueRecord>();

    private static void ConfigureIndicatorCatalogues(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<IndicatorCatalogueRecord>(catalogue =>
        {
            catalogue.ToTable("indicator_catalogues");
            catalogue.HasKey(c => c.Id);
            catalogue.Property(c => c.Id).HasColumnName("id");
            catalogue.Property(c => c.Scope).HasColumnName("scope").HasMaxLength(16);
            catalogue.Property(c => c.FileName).HasColumnName("file_name").HasMaxLength(260);
            catalogue.Property(c => c.Text).HasColumnName("text");
            catalogue.Property(c => c.LoadedBy).HasColumnName("loaded_by").HasMaxLength(200);
            catalogue.Property(c => c.LoadedAt).HasColumnName("loaded_at");
            catalogue.HasIndex(c => c.Scope).IsUnique().HasDatabaseName("ux_indicator_catalogues_scope");
        });
}
