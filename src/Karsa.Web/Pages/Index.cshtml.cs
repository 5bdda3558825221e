using Karsa.Application.Portal;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages;

/// <summary>The public home page: regions with a published plan, searchable and filtered by province, paged.</summary>
[AllowAnonymous]
public sealed class IndexModel(IOptions<KarsaWebOptions> options) : PageModel
{
    /// <summary>Regions per page.</summary>
    public const int PageSize = 50;

    /// <summary>Name or code to look for.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    /// <summary>Only this province.</summary>
    [BindProperty(SupportsGet = true, Name = "provinsi")]
    public string? Province { get; set; }

    /// <summary>How many regions to skip.</summary>
    [BindProperty(SupportsGet = true, Name = "mulai")]
    public int Offset { get; set; }

    /// <summary>The page of regions; null when the database could not be read.</summary>
    public PublishedRegions? Regions { get; private set; }

    /// <summary>Why the list is missing, when it is.</summary>
    public Karsa.Application.Common.UseCaseError? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await PortalUseCases.RegionsAsync(options.Value.Database, Search, Province, Offset, PageSize, cancellationToken).ConfigureAwait(false);
        (Regions, Error) = (result.Value, result.Error);
    }

    /// <summary>The link to the page starting at <paramref name="offset"/>, keeping the filters.</summary>
    public string PageLink(int offset) => QueryLink.Of("/", ("q", Search), ("provinsi", Province), ("mulai", offset == 0 ? null : offset.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
