using Karsa.Application.Common;
using Karsa.Application.Portal;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Interchange.Indicators;
using Karsa.Monitoring.Indicators;

namespace Karsa.Application.Indicators;

/// <summary>What loading a definitions file did.</summary>
/// <param name="Scope">The region's code, or empty for the installation.</param>
/// <param name="Definitions">Definitions in the file.</param>
/// <param name="IsoCore">ISO 37120 core indicators the catalogue then lists.</param>
/// <param name="IsoSupporting">ISO 37120 supporting indicators the catalogue then lists.</param>
public sealed record DefinitionsLoaded(string Scope, int Definitions, int IsoCore, int IsoSupporting);

/// <summary>
/// Loads a user's indicator definitions file (the ISO texts they hold, see docs/monitoring/indicators.md)
/// for a region or for the installation: checked whole against the shipped catalogue (all or nothing,
/// every problem at file:line:column), then kept, replacing the scope's previous file. Who may load it is
/// decided by <see cref="Access.Permission.LoadDefinitions"/> at the front door.
/// </summary>
public static class DefinitionsLoad
{
    /// <summary>Loads <paramref name="text"/> (named <paramref name="fileName"/>) for <paramref name="region"/> (null: the installation).</summary>
    public static async Task<UseCaseResult<DefinitionsLoaded>> LoadAsync(string? database, string? region, string text, string fileName, string loadedBy,
        DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (region is null)
        {
            return await LoadAsync(database, (RegionCode?)null, text, fileName, loadedBy, now, cancellationToken).ConfigureAwait(false);
        }

        return await PortalUseCases.WithRegion(region, code => LoadAsync(database, code, text, fileName, loadedBy, now, cancellationToken)).ConfigureAwait(false);
    }

    private static async Task<UseCaseResult<DefinitionsLoaded>> LoadAsync(string? database, RegionCode? region, string text, string fileName, string loadedBy,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var read = DefinitionsReader.Read(text, fileName, IndicatorCatalogue.Shipped);
        var catalogue = Catalogues.With(IndicatorCatalogue.Shipped, read);
        if (!catalogue.Succeeded)
        {
            return catalogue.Error;
        }

        try
        {
            await ObservationAccess.Of(database).SaveDefinitionsAsync(region, fileName, text, loadedBy, now, cancellationToken).ConfigureAwait(false);
        }
        catch (Storage.StorageException problem)
        {
            return Failures.From(problem);
        }

        var iso = catalogue.Value;
        return UseCaseResult.Success(new DefinitionsLoaded(region?.Value ?? string.Empty, read.Definitions!.Count,
            iso.OfKind(IndicatorFramework.Iso37120, IndicatorKind.Core).Count, iso.OfKind(IndicatorFramework.Iso37120, IndicatorKind.Supporting).Count),
            read.Diagnostics);
    }
}
