using Karsa.Domain.Primitives;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage.Monitoring;

/// <summary>A definitions file as stored: its scope (a region's code, or empty for the installation), name and text.</summary>
/// <param name="Scope">The region's code, or empty for the installation.</param>
/// <param name="FileName">The file's name.</param>
/// <param name="Text">The file's text.</param>
public sealed record StoredDefinitions(string Scope, string FileName, string Text);

/// <summary>The users' indicator definitions files, kept next to the observations they give meaning to.</summary>
public sealed partial class ObservationStore
{
    /// <summary>Stores <paramref name="text"/> as the definitions of <paramref name="region"/> (null: the installation), replacing any before.</summary>
    public Task SaveDefinitionsAsync(RegionCode? region, string fileName, string text, string loadedBy, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(loadedBy);
        var scope = region?.Value ?? string.Empty;
        return WithContext(async context =>
        {
            await Schema.MigrateAsync(context, cancellationToken).ConfigureAwait(false);
            var row = await context.IndicatorCatalogues.SingleOrDefaultAsync(c => c.Scope == scope, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                row = new IndicatorCatalogueRecord { Scope = scope, FileName = fileName, Text = text, LoadedBy = loadedBy };
                context.IndicatorCatalogues.Add(row);
            }

            (row.FileName, row.Text, row.LoadedBy, row.LoadedAt) = (fileName, text, loadedBy, now.ToUniversalTime());
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        });
    }

    /// <summary>The definitions that apply to <paramref name="region"/>: the installation's first, then the region's own (none when nothing is loaded).</summary>
    public Task<IReadOnlyList<StoredDefinitions>> DefinitionsAsync(RegionCode region, CancellationToken cancellationToken = default) =>
        WithContext<IReadOnlyList<StoredDefinitions>>(async context =>
        {
            if (!await Schema.ReadableAsync(context, cancellationToken).ConfigureAwait(false))
            {
                return [];
            }

            var rows = await context.IndicatorCatalogues.AsNoTracking()
                .Where(c => c.Scope == string.Empty || c.Scope == region.Value)
                .Select(c => new StoredDefinitions(c.Scope, c.FileName, c.Text))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.OrderBy(r => r.Scope.Length)];
        });
}
