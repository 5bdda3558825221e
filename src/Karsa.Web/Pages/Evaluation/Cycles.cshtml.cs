using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Evaluation;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Karsa.Web.Pages.Progress;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Evaluation;

/// <summary>The ministry's evaluation cycles (ministry roles): the list with its counts, and a form creating a cycle from a weight preset.</summary>
[Authorize(Policy = nameof(Permission.ReadNational))]
public sealed class CyclesModel(IOptions<KarsaWebOptions> options, TimeProvider clock) : EvaluationPage
{
    /// <summary>The cycles, newest year first.</summary>
    public IReadOnlyList<CycleListLine> Cycles { get; private set; } = [];

    /// <summary>The new cycle's fields as typed.</summary>
    [BindProperty]
    public NewCycleFields Fields { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Fields.Year = (clock.GetUtcNow().Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await ListAsync(cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        List<Diagnostic> problems = [];
        var request = Fields.ToNewCycle(problems);
        var created = request is null
            ? UseCaseError.Invalid(problems)
            : await CycleUseCases.CreateAsync(options.Value.Database, ClaimsActor.Of(HttpContext), request, clock.GetUtcNow(), cancellationToken);
        if (created.Succeeded)
        {
            Saved = Localization.Say.T("Siklus evaluasi dibuat sebagai draf.", "The evaluation cycle was created as a draft.");
            return Redirect($"/nasional/evaluasi/{created.Value.Id}");
        }

        return await RefusedAsync(created.Error, () => ListAsync(cancellationToken));
    }

    private async Task<IActionResult?> ListAsync(CancellationToken cancellationToken)
    {
        var listed = await CycleListUseCase.ListAsync(options.Value.Database, ClaimsActor.Of(HttpContext), cancellationToken);
        if (!listed.Succeeded)
        {
            return PageErrors.Status(listed.Error);
        }

        Cycles = listed.Value;
        return null;
    }
}

/// <summary>A new cycle as typed (text, so nothing typed is lost when an error is shown).</summary>
public sealed class NewCycleFields
{
    /// <summary>The fiscal year evaluated.</summary>
    public string? Year { get; set; }

    /// <summary>The name in Indonesian.</summary>
    public string? Title { get; set; }

    /// <summary>The name in English.</summary>
    public string? TitleEnglish { get; set; }

    /// <summary>The weight preset's key.</summary>
    public string Preset { get; set; } = WeightPresets.Balanced.Key;

    /// <summary>The Baseline weight, for a preset that leaves it open.</summary>
    public string? Baseline { get; set; }

    /// <summary>The Output weight, for a preset that leaves it open.</summary>
    public string? Output { get; set; }

    /// <summary>The use case's input, or null with the problems (at <c>year</c>, <c>title</c>, <c>weights.baseline</c>, <c>weights.output</c>) added.</summary>
    public NewCycle? ToNewCycle(List<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        FiscalYear? year = null;
        try
        {
            year = int.TryParse(Year?.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var number)
                ? new FiscalYear(number)
                : throw new DomainException(FormNumbers.NotANumber("year", Year ?? ""));
        }
        catch (DomainException refused)
        {
            problems.AddRange(refused.Problems.Select(p => p.Under("year")));
        }

        if (string.IsNullOrWhiteSpace(Title))
        {
            problems.Add(Domain.Diagnostics.Problems.EmptyText().Under("title"));
        }

        var filled = new Dictionary<EvaluationDimension, decimal>();
        Fill(filled, EvaluationDimension.Baseline, Baseline, problems);
        Fill(filled, EvaluationDimension.Output, Output, problems);
        return problems.Count > 0 || year is not { } valid
            ? null
            : new NewCycle(valid, new LocalizedText(Title!.Trim(), string.IsNullOrWhiteSpace(TitleEnglish) ? null : TitleEnglish.Trim()), Preset, filled);
    }

    private static void Fill(Dictionary<EvaluationDimension, decimal> filled, EvaluationDimension dimension, string? text, List<Diagnostic> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (FormNumbers.Parse(text) is { } weight)
        {
            filled[dimension] = weight;
        }
        else
        {
            problems.Add(FormNumbers.NotANumber("weights." + dimension.Key(), text));
        }
    }
}
