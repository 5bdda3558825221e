using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Interchange.Spreadsheets;

/// <summary>
/// What one agency's progress workbook lists for one region and fiscal year: the status options,
/// the funding-source columns, the programmes and the indicators. The writer turns it into a
/// workbook; the reader checks an upload against it (same region, agency and year; known codes).
/// Invariant: status keys, funding sources, programme codes and indicator codes are each unique,
/// and every planned amount names one of <see cref="Sources"/>.
/// </summary>
public sealed record ProgressSheetTemplate
{
    /// <summary>Creates a template, guarding uniqueness of keys and codes.</summary>
    public ProgressSheetTemplate(
        RegionCode region,
        AgencyCode agency,
        FiscalYear period,
        ValueList<StatusOption> statuses,
        ValueList<FundingSourceDefinition> sources,
        ValueList<ProgrammeLine> programmes,
        ValueList<IndicatorLine> indicators,
        Language language = Language.Indonesian)
    {
        if (statuses.Count == 0)
        {
            throw new DomainException(Problems.MissingField("statuses"));
        }

        RequireUnique(statuses.Select(s => s.Key), "statuses");
        RequireUnique(sources.Select(s => s.Source.Key), "sources");
        RequireUnique(programmes.Select(p => p.Code.Value), "programmes");
        RequireUnique(indicators.Select(i => i.Code.Value), "indicators");
        foreach (var (line, index) in programmes.Select((line, index) => (line, index)))
        {
            var stray = line.Planned.FirstOrDefault(amount => !sources.Any(s => s.Source == amount.Source));
            if (stray is not null)
            {
                throw new DomainException(Problems.UnknownField(stray.Source.Key, sources.Select(s => s.Source.Key)).Under($"programmes[{index}].planned"));
            }
        }

        Region = region;
        Agency = agency;
        Period = period;
        Statuses = statuses;
        Sources = sources;
        Programmes = programmes;
        Indicators = indicators;
        Language = language;
    }

    /// <summary>The region the workbook reports for.</summary>
    public RegionCode Region { get; }

    /// <summary>The reporting agency (OPD).</summary>
    public AgencyCode Agency { get; }

    /// <summary>The fiscal year reported.</summary>
    public FiscalYear Period { get; }

    /// <summary>The status list offered in the status column, in display order.</summary>
    public ValueList<StatusOption> Statuses { get; }

    /// <summary>The funding sources (with the plan's names) that get a planned and a realised column, in column order.</summary>
    public ValueList<FundingSourceDefinition> Sources { get; }

    /// <summary>The programmes to report, one row each, in row order.</summary>
    public ValueList<ProgrammeLine> Programmes { get; }

    /// <summary>The indicators to report, one row each, in row order.</summary>
    public ValueList<IndicatorLine> Indicators { get; }

    /// <summary>The language of sheet names, headers and instructions.</summary>
    public Language Language { get; }

    /// <summary>The same template in another language.</summary>
    public ProgressSheetTemplate In(Language language) =>
        new(Region, Agency, Period, Statuses, Sources, Programmes, Indicators, language);

    private static void RequireUnique(IEnumerable<string> keys, string field)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!seen.Add(key))
            {
                throw new DomainException(Problems.DuplicateKey(key).Under(field));
            }
        }
    }
}
