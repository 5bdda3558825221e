using Karsa.Domain.Primitives;
using Karsa.Web.Localization;

namespace Karsa.Web.Pages.Ranking;

/// <summary>The ranking's filters as the page and its downloads read them from the query.</summary>
public static class RankingFilters
{
    /// <summary>
    /// The province to filter by: null when none is given; when the text is not a province code (two
    /// digits, e.g. 33), null with <paramref name="problem"/> saying what to give instead.
    /// </summary>
    public static string? Province(string? text, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (RegionCode.TryParse(text.Trim(), out var code) && code.Level == 1)
        {
            return code.Value;
        }

        problem = Say.T($"Provinsi '{text}' bukan kode provinsi; pilih provinsi dari daftar (mis. 33). Semua provinsi ditampilkan.",
            $"Province '{text}' is not a province code; choose a province from the list (e.g. 33). All provinces are shown.");
        return null;
    }
}
