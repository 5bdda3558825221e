using Karsa.Application.Common;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Interchange.Indicators;
using Karsa.Monitoring.Indicators;
using Karsa.Storage.Monitoring;

namespace Karsa.Application.Indicators;

/// <summary>
/// The indicator catalogue a use case works with: the shipped one, with the definitions files loaded for
/// the installation and for the region, and with a file given for this call only.
/// </summary>
internal static class Catalogues
{
    /// <summary>
    /// The catalogue for <paramref name="region"/>: shipped, then the installation's and the region's stored
    /// definitions, then <paramref name="definitionsFile"/> when given; a wrong file is invalid input with every
    /// problem at file:line:column.
    /// </summary>
    public static async Task<UseCaseResult<IndicatorCatalogue>> ForRegionAsync(string? database, RegionCode region, string? definitionsFile,
        CancellationToken cancellationToken)
    {
        var stored = await ObservationAccess.Of(database).DefinitionsAsync(region, cancellationToken).ConfigureAwait(false);
        var catalogue = FromStored(stored);
        if (!catalogue.Succeeded || definitionsFile is null)
        {
            return catalogue;
        }

        return With(catalogue.Value, DefinitionsReader.ReadFile(definitionsFile, IndicatorCatalogue.Shipped));
    }

    /// <summary>The shipped catalogue with the <paramref name="definitions"/> stored for the installation and a region, in that order.</summary>
    public static UseCaseResult<IndicatorCatalogue> FromStored(IReadOnlyList<StoredDefinitions> definitions)
    {
        var catalogue = IndicatorCatalogue.Shipped;
        foreach (var stored in definitions)
        {
            var read = DefinitionsReader.Read(stored.Text, stored.FileName, IndicatorCatalogue.Shipped);
            if (!read.Succeeded)
            {
                return UseCaseError.Invalid(read.Diagnostics);
            }

            catalogue = catalogue.WithDefinitions(read.Definitions!);
        }

        return UseCaseResult.Success(catalogue);
    }

    /// <summary><paramref name="catalogue"/> with the definitions <paramref name="read"/>, or its problems.</summary>
    public static UseCaseResult<IndicatorCatalogue> With(IndicatorCatalogue catalogue, DefinitionsReadResult read)
    {
        try
        {
            return read.Succeeded
                ? UseCaseResult.Success(catalogue.WithDefinitions(read.Definitions!), read.Diagnostics)
                : UseCaseError.Invalid(read.Diagnostics);
        }
        catch (DomainException problem)
        {
            return UseCaseError.Invalid(problem.Problems);
        }
    }
}
