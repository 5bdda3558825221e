using Karsa.Application.Access;
using Karsa.Application.National;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.National;

/// <summary>The national view (ministry evaluators, system administrators): every region's plan state and totals, by province and cohort, paged.</summary>
[Authorize(Policy = nameof(Permission.ReadNational))]
public sealed class IndexModel(IOptions<KarsaWebOptions> options) : NationalFilterPage
{
    /// <summary>The page.</summary>
    public NationalRegions Regions { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await NationalUseCases.RegionsAsync(options.Value.Database, Province, Cohort, Offset, PageSize, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return PageErrors.Status(result.Error);
        }

        Regions = result.Value;
        return Page();
    }

    /// <summary>The link to the page starting at <paramref name="offset"/>, keeping the filters.</summary>
    public string PageLink(int offset) => QueryLink.Of("/nasional", ("provinsi", Province),
        ("angkatan", Cohort?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("mulai", offset == 0 ? null : offset.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
