using Karsa.Application.Access;
using Karsa.Application.Evaluation;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Karsa.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Ranking;

/// <summary>The national ranking as CSV or XLSX (<see cref="RankingExport"/>), under the same filters as the ranking page, headers in the request's language.</summary>
[Authorize(Policy = nameof(Permission.ReadNational))]
public sealed class DownloadModel(IOptions<KarsaWebOptions> options) : PageModel
{
    /// <summary>Only this province (a level-1 code such as 33).</summary>
    [BindProperty(SupportsGet = true, Name = "provinsi")]
    public string? Province { get; set; }

    /// <summary>Only this cohort year.</summary>
    [BindProperty(SupportsGet = true, Name = "angkatan")]
    public int? Cohort { get; set; }

    public async Task<IActionResult> OnGetAsync(long cycle, string format, CancellationToken cancellationToken)
    {
        var province = RankingFilters.Province(Province, out var problem);
        if (problem is not null)
        {
            return new UnprocessableEntityObjectResult(problem);
        }

        var kind = string.Equals(format, "xlsx", StringComparison.Ordinal) ? RankingFormat.Xlsx : RankingFormat.Csv;
        var file = await RankingExport.ExportAsync(options.Value.Database, ClaimsActor.Of(HttpContext), cycle, province, Cohort, kind, Say.Language, cancellationToken)
            .ConfigureAwait(false);
        return file.Succeeded ? File(file.Value.Content, file.Value.ContentType, file.Value.FileName) : PageErrors.Status(file.Error);
    }
}
