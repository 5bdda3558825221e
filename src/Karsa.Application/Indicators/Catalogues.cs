using Karsa.Application.Common;
using Karsa.Interchange.Indicators;
using Karsa.Monitoring.Indicators;

namespace Karsa.Application.Indicators;

/// <summary>The indicator catalogue a use case works with: the shipped one, with the user's definitions file when given.</summary>
internal static class Catalogues
{
    /// <summary>
    /// The shipped catalogue, or, with <paramref name="definitionsFile"/>, the shipped catalogue with that
    /// file's definitions (ISO indicators and their kinds included); a wrong file is invalid input with
    /// every problem at file:line:column.
    /// </summary>
    public static UseCaseResult<IndicatorCatalogue> Of(string? definitionsFile)
    {
        if (definitionsFile is null)
        {
            return UseCaseResult.Success(IndicatorCatalogue.Shipped);
        }

        var read = DefinitionsReader.ReadFile(definitionsFile, IndicatorCatalogue.Shipped);
        return read.Succeeded
            ? UseCaseResult.Success(IndicatorCatalogue.Shipped.WithDefinitions(read.Definitions!), read.Diagnostics)
            : UseCaseError.Invalid(read.Diagnostics);
    }
}
