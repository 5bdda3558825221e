namespace Karsa.Web.Api.Plans;

/// <summary>
/// The body of PUT draft/programmes/{code} as the OpenAPI document describes it: one item of the plan
/// file's <c>programmes</c> (docs/plan-file.md). The endpoint reads the body as the plan file reader
/// does (unknown keys, positions and every rule of the plan), so this type only documents its shape.
/// Texts (<c>name</c>, <c>objective</c>, statements, canvas fields) may also be a plain string (Indonesian).
/// </summary>
public sealed record ProgrammeBody
{
    /// <summary>The programme code, as in the address, e.g. GOV-01.</summary>
    public required string Code { get; init; }

    /// <summary>The programme's name.</summary>
    public required TextBody Name { get; init; }

    /// <summary>Free-text description (Markdown).</summary>
    public string? Description { get; init; }

    /// <summary>governance | branding | economy | living | society | environment.</summary>
    public required string Dimension { get; init; }

    /// <summary>An element code of the dimension, e.g. public-service.</summary>
    public required string Element { get; init; }

    /// <summary>application | infrastructure | policy | capacity-building | service | community | data | other.</summary>
    public string? Kind { get; init; }

    /// <summary>The lead agency's code.</summary>
    public required string Lead { get; init; }

    /// <summary>Agencies leading it together with the lead agency (each agency once).</summary>
    public IReadOnlyList<string>? CoLeads { get; init; }

    /// <summary>Supporting agencies' codes.</summary>
    public IReadOnlyList<string>? Supporting { get; init; }

    /// <summary>Bodies outside the agencies that carry it out.</summary>
    public IReadOnlyList<ImplementerBody>? Implementers { get; init; }

    /// <summary>new (default) | running | existing.</summary>
    public string? Status { get; init; }

    /// <summary>Running or existing services only: the year it started, may be before the plan period.</summary>
    public int? StartedIn { get; init; }

    /// <summary>Running or existing services only: yearly | open-ended.</summary>
    public string? Recurrence { get; init; }

    /// <summary>Quick-win candidate.</summary>
    public bool? QuickWin { get; init; }

    /// <summary>The roadmap must include it.</summary>
    public bool? Mandatory { get; init; }

    /// <summary>Years a run lasts, 1..30; optional for a running or existing service and for a new programme without costs.</summary>
    public int? Duration { get; init; }

    /// <summary>The start window of a new programme.</summary>
    public StartBody? Start { get; init; }

    /// <summary>Whole Rupiah per fiscal year and funding source key, e.g. {"2024": {"apbd": 250000000}}; absent: cost not known.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>>? Costs { get; init; }

    /// <summary>Programmes that must finish first: a code, or a code with a lag in years.</summary>
    public IReadOnlyList<DependencyBody>? DependsOn { get; init; }

    /// <summary>At most one programme of a group is chosen.</summary>
    public string? Alternatives { get; init; }

    /// <summary>Scores per criterion code.</summary>
    public IReadOnlyDictionary<string, decimal>? Scores { get; init; }

    /// <summary>Linked indicator codes.</summary>
    public IReadOnlyList<string>? Indicators { get; init; }

    /// <summary>Home Affairs codes of the districts (33.13.09) and villages (33.13.09.2001) it serves; absent: the whole region.</summary>
    public IReadOnlyList<string>? Locations { get; init; }

    /// <summary>The RPJMD item it implements.</summary>
    public string? Reference { get; init; }

    /// <summary>The lead agency's Renstra item.</summary>
    public string? Renstra { get; init; }

    /// <summary>What it sets out to achieve (Markdown).</summary>
    public TextBody? Objective { get; init; }

    /// <summary>What it delivers, with yearly targets.</summary>
    public IReadOnlyList<ResultBody>? Outputs { get; init; }

    /// <summary>The change it brings about, with yearly targets.</summary>
    public IReadOnlyList<ResultBody>? Outcomes { get; init; }

    /// <summary>The quick-win service canvas.</summary>
    public CanvasBody? Canvas { get; init; }
}

/// <summary>A text in Indonesian and optionally English.</summary>
/// <param name="Id">Bahasa Indonesia.</param>
/// <param name="En">English, optional.</param>
public sealed record TextBody(string Id, string? En = null);

/// <summary>An implementer outside the regency's agencies.</summary>
/// <param name="Name">Its name, e.g. Pemerintah Desa Jantiharjo.</param>
/// <param name="Kind">village | training-institute | community-group | private-partner | university | other (default).</param>
public sealed record ImplementerBody(string Name, string? Kind = null);

/// <summary>The start window of a new programme.</summary>
/// <param name="Earliest">The first year it may start.</param>
/// <param name="Latest">The last year it may start.</param>
public sealed record StartBody(int? Earliest = null, int? Latest = null);

/// <summary>A finish-to-start dependency.</summary>
/// <param name="Programme">The programme that must finish first.</param>
/// <param name="Lag">Years between, 0..20 (default 0).</param>
public sealed record DependencyBody(string Programme, int? Lag = null);

/// <summary>An output or outcome.</summary>
/// <param name="Statement">What is delivered or changed.</param>
/// <param name="Indicator">The plan indicator that measures it, optional.</param>
/// <param name="Unit">The unit of its targets; required with targets unless the indicator's unit applies.</param>
/// <param name="Targets">Target per fiscal year inside the plan period, e.g. {"2026": 75}.</param>
public sealed record ResultBody(TextBody Statement, string? Indicator = null, string? Unit = null, IReadOnlyDictionary<string, decimal>? Targets = null);

/// <summary>The quick-win service canvas; every field optional.</summary>
/// <param name="Problem">The problem it solves.</param>
/// <param name="Users">For whom.</param>
/// <param name="Solution">How.</param>
/// <param name="Partners">With whom.</param>
/// <param name="Success">How success is measured.</param>
public sealed record CanvasBody(TextBody? Problem = null, TextBody? Users = null, TextBody? Solution = null, TextBody? Partners = null, TextBody? Success = null);
