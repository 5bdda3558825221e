using System.Globalization;
using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Application.Editing;

/// <summary>
/// The programme form: its fields (named by their plan paths inside the programme: <c>code</c>,
/// <c>name.id</c>, <c>duration</c>, <c>start.earliest</c>, <c>costs.2027.apbd</c>, ...), the values
/// of a stored programme, and the edit the typed values make. Every part of a programme is on the form;
/// its ties to the rest of the plan (scores, dependencies, indicators, locations) are named by
/// <see cref="ProgrammeLinks"/>, its delivery (status, co-leads, implementers) by <see cref="ProgrammeDelivery"/>
/// and its sheet (objective, outputs, outcomes, Renstra, service canvas) by <see cref="ProgrammeSheet"/>.
/// </summary>
public static class ProgrammeForm
{
    /// <summary>The fields other than the scores, the dependency rows and the cost grid, in form order.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        ["code", "name.id", "name.en", "dimension", "element", "kind", "lead", "supporting", "duration", "start.earliest", "start.latest", "quickWin", "mandatory",
            "alternatives", "reference", ProgrammeLinks.Indicators, ProgrammeLinks.Districts, ProgrammeLinks.Villages, "description", .. ProgrammeDelivery.Fields];

    /// <summary>The field of the cost of <paramref name="source"/> in <paramref name="year"/>.</summary>
    public static string CostField(int year, FundingSource source) => string.Create(CultureInfo.InvariantCulture, $"costs.{year}.{source.Key}");

    /// <summary>Every field of the form of <paramref name="programme"/> (null: a new one) in <paramref name="plan"/>.</summary>
    public static IReadOnlyList<string> AllFields(Masterplan plan, Programme? programme) =>
        [.. Fields, .. ProgrammeLinks.Fields(plan, programme), .. ProgrammeDelivery.RowFields(programme), .. ProgrammeSheet.Fields(plan, programme),
            .. Years(plan, programme).SelectMany(y => plan.Content.FundingSources.Sources.Select(s => CostField(y, s)))];

    /// <summary>The cost grid's years: the plan period and any year the programme already has costs in.</summary>
    public static IReadOnlyList<int> Years(Masterplan plan, Programme? programme)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var period = Enumerable.Range(plan.Content.Period.First.Value, plan.Content.Period.Last.Value - plan.Content.Period.First.Value + 1);
        return [.. period.Concat(programme?.Costs.Select(c => c.Year.Value) ?? []).Distinct().Order()];
    }

    /// <summary>The programme with <paramref name="code"/>, if the plan has it.</summary>
    public static Programme? Find(Masterplan plan, string? code)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return code is null ? null : plan.Programmes.FirstOrDefault(p => string.Equals(p.Code.Value, code, StringComparison.Ordinal));
    }

    /// <summary>
    /// The plan path of the programme with <paramref name="code"/> (null: a new one, after the last), the
    /// prefix of every diagnostic about the form's fields.
    /// </summary>
    public static string PathIn(Masterplan plan, string? code)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var index = Find(plan, code) is { } found ? plan.Programmes.ToList().IndexOf(found) : plan.Programmes.Count;
        return PlanPaths.Programme(index);
    }

    /// <summary>The form filled with <paramref name="programme"/>'s values.</summary>
    public static FormFields Of(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var values = new Dictionary<string, string?>
        {
            ["code"] = programme.Code.Value,
            ["name.id"] = programme.Name.Indonesian,
            ["name.en"] = programme.Name.English,
            ["dimension"] = programme.Dimension.Key(),
            ["element"] = programme.Element.Value,
            ["kind"] = programme.Kind.ToString(),
            ["lead"] = programme.LeadAgency.Value,
            ["supporting"] = string.Join(", ", programme.SupportingAgencies.Select(a => a.Value)),
            ["duration"] = programme.DurationYears?.ToString(CultureInfo.InvariantCulture),
            ["start.earliest"] = programme.EarliestStart?.Value.ToString(CultureInfo.InvariantCulture),
            ["start.latest"] = programme.LatestStart?.Value.ToString(CultureInfo.InvariantCulture),
            ["quickWin"] = programme.QuickWinCandidate ? "true" : null,
            ["mandatory"] = programme.Mandatory ? "true" : null,
            ["alternatives"] = programme.AlternativesGroup,
            ["reference"] = programme.PlanningReference,
            ["description"] = programme.Description,
        };
        ProgrammeLinks.Fill(values, programme);
        ProgrammeDelivery.Fill(values, programme);
        ProgrammeSheet.Fill(values, programme);
        foreach (var cost in programme.Costs)
        {
            values[CostField(cost.Year.Value, cost.Source)] = IndonesianNumbers.FormatInteger(cost.Amount.Value);
        }

        return new FormFields(values);
    }

    /// <summary>
    /// The edit <paramref name="fields"/> make of <paramref name="view"/>'s plan: a new programme when
    /// <paramref name="code"/> is null, else a change of that programme; or every problem of the typed
    /// values at its plan path.
    /// </summary>
    public static FormEdits Edits(DraftView view, string? code, FormFields fields)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(fields);
        var existing = Find(view.Plan, code);
        var path = PathIn(view.Plan, code);
        var read = new FieldReader(fields);
        var programme = Read(read, view.Plan, existing);
        if (programme is null || read.Problems.Count > 0)
        {
            return FormEdits.Refused([.. read.Problems.Select(p => p.Within(path))]);
        }

        return code is null
            ? FormEdits.Of(new AddProgramme(programme))
            : FormEdits.Of(new ChangeProgramme(existing?.Code ?? programme.Code, programme));
    }

    /// <summary>
    /// Saves the programme form (a new programme when <paramref name="code"/> is null). A rule's problem
    /// with a dependency, an output or an outcome is placed at the row it was typed in, one with a
    /// location at the field it was typed in (<see cref="ProgrammePlaces"/>).
    /// </summary>
    public static async Task<UseCaseResult<EditAnswer>> SaveAsync(string region, string basedOn, string? code, FormFields fields, string? database,
        string? author = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ProgrammePlaces? places = null;
        var answer = await DraftEditor.SubmitAsync(region, basedOn, view =>
        {
            var edits = Edits(view, code, fields);
            places = Made(edits) is { } made ? ProgrammePlaces.Of(PathIn(view.Plan, code), fields, view.Plan, Find(view.Plan, code), made) : null;
            return edits;
        }, database, author, cancellationToken).ConfigureAwait(false);
        return answer.Succeeded || answer.Error.Kind != FailureKind.InvalidInput || places is null
            ? answer
            : UseCaseError.Invalid([.. answer.Error.Diagnostics.Select(places.Place)]);
    }

    /// <summary>Deletes the programme with <paramref name="code"/>; programmes that still depend on it refuse (KRS031).</summary>
    public static Task<UseCaseResult<EditAnswer>> DeleteAsync(string region, string basedOn, string code, string? database,
        string? author = null, CancellationToken cancellationToken = default) =>
        DraftEditor.SubmitAsync(region, basedOn, view =>
        {
            var read = new FieldReader(FormFields.Empty);
            return read.TryBuild("programmes", () => new ProgrammeCode(code), out var parsed)
                ? FormEdits.Of(new RemoveProgramme(parsed))
                : FormEdits.Refused(read.Problems);
        }, database, author, cancellationToken);

    private static Programme? Read(FieldReader read, Masterplan plan, Programme? existing)
    {
        var hasCode = read.TryBuild("code", () => new ProgrammeCode(read.Fields.Text("code") ?? string.Empty), out var code);
        var name = read.Localized("name", required: true);
        var dimension = read.Key<Dimension>("dimension", Dimensions.TryParse, Problems.UnknownDimension);
        var hasElement = read.TryBuild("element", () => new ElementCode(read.Fields.Text("element") ?? string.Empty), out var element);
        var kind = read.Key<ProgrammeKind>("kind", (string key, out ProgrammeKind value) => Enum.TryParse(key, true, out value) && Enum.IsDefined(value),
            key => Problems.WrongType(string.Join(", ", Enum.GetNames<ProgrammeKind>()), key));
        var hasLead = read.TryBuild("lead", () => new AgencyCode(read.Fields.Text("lead") ?? string.Empty), out var lead);
        var supporting = read.Codes("supporting", text => new AgencyCode(text));
        var delivery = ProgrammeDelivery.Read(read, existing);
        var duration = read.Int("duration", required: false);
        var earliest = read.Year("start.earliest");
        var latest = read.Year("start.latest");
        var costs = Costs(read, Years(plan, existing), plan.Content.FundingSources);
        var scores = ProgrammeLinks.Scores(read, plan);
        var dependencies = ProgrammeLinks.Dependencies(read, ProgrammeLinks.DependencyRows(existing));
        var indicators = read.Codes(ProgrammeLinks.Indicators, text => new IndicatorCode(text));
        var locations = ProgrammeLinks.Locations(read, existing);
        var sheet = ProgrammeSheet.Read(read, plan, existing);
        if (!hasCode || name is null || dimension is null || !hasElement || kind is null || !hasLead || read.Problems.Count > 0)
        {
            return null;
        }

        // A blank duration and cost grid leave them unknown; the programme itself says when it needs them. The form does not show an own benefit life yet: an edit keeps it.
        return read.TryBuild(string.Empty, () => new Programme(code, name, dimension.Value, element, lead, duration, costs, kind.Value,
            read.Fields.Text("description"), supporting, read.Fields.Checked("quickWin"), earliest, latest,
            dependencies, read.Fields.Checked("mandatory"), read.Fields.Text("alternatives"), scores, indicators, locations, read.Fields.Text("reference"),
            delivery.CoLeads, delivery.Implementers, delivery.Status, delivery.StartedIn, delivery.Recurrence,
            sheet.Objective, sheet.Outputs, sheet.Outcomes, sheet.RenstraReference, sheet.Canvas, existing?.BenefitLifeYears), out var programme)
            ? programme
            : null;
    }

    private static Programme? Made(FormEdits edits) => edits.Edits switch
    {
        [AddProgramme added] => added.Programme,
        [ChangeProgramme changed] => changed.Programme,
        _ => null,
    };

    private static ValueList<CostLine> Costs(FieldReader read, IReadOnlyList<int> years, FundingSourceCatalog sources)
    {
        var lines = new List<CostLine>();
        foreach (var year in years)
        {
            foreach (var source in sources.Sources.Order())
            {
                var field = CostField(year, source);
                if (read.Money(field) is { } amount && read.TryBuild(field, () => new CostLine(new FiscalYear(year), source, new Rupiah(amount)), out var line))
                {
                    lines.Add(line);
                }
            }
        }

        return lines.ToValueList();
    }
}
