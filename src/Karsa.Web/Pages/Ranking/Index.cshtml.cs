using System.Globalization;
using Karsa.Application.Access;
using Karsa.Application.Evaluation;
using Karsa.Domain.Primitives;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Ranking;

/// <summary>
/// The national ranking of a published evaluation cycle (ministry evaluators, system administrators):
/// rank, overall index and index per evaluation dimension of every region, by province and cohort,
/// paged like the national view; the distribution of the overall index; CSV and XLSX downloads.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadNational))]
public sealed class IndexModel(IOptions<KarsaWebOptions> options) : NationalFilterPage
{
    /// <summary>The cycle's id.</summary>
    public long Cycle { get; private set; }

    /// <summary>The ranking under the filters.</summary>
    public NationalEvaluationView View { get; private set; } = null!;

    /// <summary>The lines of this page.</summary>
    public IReadOnlyList<RankingLine> Shown { get; private set; } = [];

    /// <summary>Why the province given was ignored, or null.</summary>
    public string? ProvinceProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync(long cycle, CancellationToken cancellationToken)
    {
        Cycle = cycle;
        Offset = Math.Max(0, Offset);
        var province = RankingFilters.Province(Province, out var problem);
        ProvinceProblem = problem;
        var result = await NationalEvaluationUseCases.RankingAsync(options.Value.Database, ClaimsActor.Of(HttpContext), cycle, province, Cohort, cancellationToken)
            .ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return PageErrors.Status(result.Error);
        }

        View = result.Value;
        Shown = [.. View.Lines.Skip(Offset).Take(PageSize)];
        if (problem is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }

    /// <summary>The link to the page starting at <paramref name="offset"/>, keeping the filters.</summary>
    public string PageLink(int offset) => QueryLink.Of($"/nasional/evaluasi/{Cycle}/peringkat", Filters(offset == 0 ? null : offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The download link of <paramref name="extension"/> (csv or xlsx), with the same filters.</summary>
    public string DownloadLink(string extension) => QueryLink.Of($"/nasional/evaluasi/{Cycle}/peringkat.{extension}", Filters(null));

    /// <summary>The public result page of <paramref name="region"/> in this cycle.</summary>
    public string ResultLink(RegionCode region) => $"/publik/{region}/evaluasi/{Cycle}";

    private (string, string?)[] Filters(string? offset) =>
        [("provinsi", ProvinceProblem is null ? Province : null), ("angkatan", Cohort?.ToString(CultureInfo.InvariantCulture)), ("mulai", offset)];
}
