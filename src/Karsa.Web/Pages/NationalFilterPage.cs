using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Karsa.Web.Pages;

/// <summary>A national page listing regions by province and cohort, paged: the filters as the query names them (<c>provinsi</c>, <c>angkatan</c>, <c>mulai</c>).</summary>
public abstract class NationalFilterPage : PageModel
{
    /// <summary>Regions per page.</summary>
    public const int PageSize = 100;

    /// <summary>Only this province (a level-1 code such as 33).</summary>
    [BindProperty(SupportsGet = true, Name = "provinsi")]
    public string? Province { get; set; }

    /// <summary>Only this cohort year.</summary>
    [BindProperty(SupportsGet = true, Name = "angkatan")]
    public int? Cohort { get; set; }

    /// <summary>How many regions to skip.</summary>
    [BindProperty(SupportsGet = true, Name = "mulai")]
    public int Offset { get; set; }
}
