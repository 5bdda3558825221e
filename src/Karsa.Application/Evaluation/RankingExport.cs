using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Domain.Primitives;
using Karsa.Interchange.Evaluation;

namespace Karsa.Application.Evaluation;

/// <summary>The file formats a ranking exports to.</summary>
public enum RankingFormat
{
    /// <summary>Comma-separated values, UTF-8.</summary>
    Csv,

    /// <summary>An Excel workbook.</summary>
    Xlsx,
}

/// <summary>An exported ranking: its bytes, a file name and its media type.</summary>
/// <param name="Content">The file.</param>
/// <param name="FileName">e.g. <c>peringkat-evaluasi-2025.xlsx</c>.</param>
/// <param name="ContentType">The media type.</param>
public sealed record RankingFile(byte[] Content, string FileName, string ContentType);

/// <summary>Exports the national ranking (as <see cref="NationalEvaluationUseCases.RankingAsync"/> computes it, same filters) to CSV or XLSX.</summary>
public static class RankingExport
{
    /// <summary>The ranking of <paramref name="cycle"/> as a file in <paramref name="format"/> with headers in <paramref name="language"/>.</summary>
    public static async Task<UseCaseResult<RankingFile>> ExportAsync(string? database, Actor? actor, long cycle, string? province, int? cohort,
        RankingFormat format, Language language, CancellationToken cancellationToken = default)
    {
        var ranking = await NationalEvaluationUseCases.RankingAsync(database, actor, cycle, province, cohort, cancellationToken).ConfigureAwait(false);
        if (!ranking.Succeeded)
        {
            return ranking.Error;
        }

        var view = ranking.Value;
        var rows = RankingTable.Rows(view.Ranking,
            view.Lines.ToDictionary(l => l.Entry.Result.Region, l => l.Name),
            view.Lines.Where(l => l.Change is not null).ToDictionary(l => l.Entry.Result.Region, l => l.Change!));
        using var output = new MemoryStream();
        if (format == RankingFormat.Csv)
        {
            RankingCsv.Write(rows, language, output);
        }
        else
        {
            RankingXlsx.Write(rows, language, output);
        }

        var name = $"{(language == Language.English ? "evaluation-ranking" : "peringkat-evaluasi")}-{view.Cycle.Cycle.Year}.{format.ToString().ToLowerInvariant()}";
        return UseCaseResult.Success(new RankingFile(output.ToArray(), name,
            format == RankingFormat.Csv ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }
}
