namespace Karsa.Interchange.Mapping;

/// <summary>The fields of each mapping of the plan file, in the canonical order of docs/plan-file.md.</summary>
internal static class PlanFields
{
    /// <summary>The top level ("$schema" is allowed for editors and ignored).</summary>
    public static readonly string[] Root =
    [
        "karsa", "region", "title", "period", "version", "state", "terms", "quickWins", "valueModel", "vision", "missions", "narratives", "book", "sections", "elements",
        "readiness", "swot", "strategies", "agencies", "criteria", "fundingSources", "programmes", "budget", "indicators", "targets", "scenarios", "roadmap", "$schema",
    ];

    /// <summary>region.</summary>
    public static readonly string[] Region = ["code", "name", "kind", "province", "population", "areaKm2", "cohort", "districts"];

    /// <summary>A value measured in a year (population, area, baseline).</summary>
    public static readonly string[] Measured = ["value", "year"];

    /// <summary>A district.</summary>
    public static readonly string[] District = ["code", "name"];

    /// <summary>A text with an English rendering.</summary>
    public static readonly string[] Text = ["id", "en"];

    /// <summary>period.</summary>
    public static readonly string[] Period = ["first", "last"];

    /// <summary>terms.</summary>
    public static readonly string[] Terms = ["shortTermYears", "mediumTermYears"];

    /// <summary>quickWins.</summary>
    public static readonly string[] QuickWins = ["years", "priority"];

    /// <summary>valueModel.</summary>
    public static readonly string[] ValueModel = ["benefitLifeYears", "discountRatePercent"];

    /// <summary>roadmap (the adopted one).</summary>
    public static readonly string[] Roadmap = ["scenario", "value", "bound", "quickWins", "programmes"];

    /// <summary>A score scale.</summary>
    public static readonly string[] Scale = ["min", "max"];

    /// <summary>An own element.</summary>
    public static readonly string[] Element = ["code", "dimension", "name"];

    /// <summary>readiness.</summary>
    public static readonly string[] Readiness = ["scale", "dimensions"];

    /// <summary>The readiness of one dimension.</summary>
    public static readonly string[] ReadinessDimension = ["struktur", "infrastruktur", "suprastruktur", "note"];

    /// <summary>One pillar's score.</summary>
    public static readonly string[] PillarScore = ["score", "note"];

    /// <summary>swot.</summary>
    public static readonly string[] Swot = ["strengths", "weaknesses", "opportunities", "threats"];

    /// <summary>A SWOT item written as a mapping.</summary>
    public static readonly string[] SwotItem = ["text", "dimension"];

    /// <summary>A strategy.</summary>
    public static readonly string[] Strategy = ["dimension", "title", "description"];

    /// <summary>An agency.</summary>
    public static readonly string[] Agency = ["code", "name", "kind", "capacity"];

    /// <summary>A funding source the plan adds to the national defaults.</summary>
    public static readonly string[] FundingSource = ["key", "name", "description"];

    /// <summary>criteria.</summary>
    public static readonly string[] Criteria = ["scale", "items", "pairwise"];

    /// <summary>criteria.pairwise[i].</summary>
    public static readonly string[] Comparison = ["more", "less", "ratio"];

    /// <summary>A criterion.</summary>
    public static readonly string[] Criterion = ["code", "name", "weight", "sense"];

    /// <summary>A programme.</summary>
    public static readonly string[] Programme =
    [
        "code", "name", "description", "dimension", "element", "kind", "lead", "supporting", "quickWin", "mandatory", "duration",
        "start", "costs", "dependsOn", "alternatives", "scores", "indicators", "locations", "reference",
        "coLeads", "implementers", "status", "startedIn", "recurrence",
        "renstra", "objective", "outputs", "outcomes", "canvas",
        "benefitLifeYears",
    ];

    /// <summary>A programme's implementer outside the agencies.</summary>
    public static readonly string[] Implementer = ["name", "kind"];

    /// <summary>An output or outcome of a programme.</summary>
    public static readonly string[] Result = ["statement", "indicator", "unit", "targets"];

    /// <summary>The service canvas of a quick win.</summary>
    public static readonly string[] Canvas = ["problem", "users", "solution", "partners", "success"];

    /// <summary>A programme's start window.</summary>
    public static readonly string[] Start = ["earliest", "latest"];

    /// <summary>A dependency written as a mapping.</summary>
    public static readonly string[] Dependency = ["programme", "lag"];

    /// <summary>An indicator.</summary>
    public static readonly string[] Indicator = ["code", "name", "unit", "framework", "reference", "theme", "direction", "baseline"];

    /// <summary>A scenario.</summary>
    public static readonly string[] Scenario = ["name", "description", "scaleCeilings", "setCeilings", "forceIn", "forceOut", "weights", "lastYear"];

    /// <summary>A ceiling scaling of a scenario.</summary>
    public static readonly string[] CeilingScale = ["factor", "source", "from", "to"];

    /// <summary>book: the front matter.</summary>
    public static readonly string[] Book = ["date", "foreword", "address", "approval"];

    /// <summary>A signed text (foreword, address).</summary>
    public static readonly string[] Signed = ["text", "name", "title"];

    /// <summary>book.approval: the regulation enacting the plan.</summary>
    public static readonly string[] Approval = ["kind", "number", "date", "title"];

    /// <summary>sections: the plan-level chapters.</summary>
    public static readonly string[] Sections = ["infrastructure", "institutions", "change", "financing"];

    /// <summary>sections.infrastructure, in the order of <c>SupportingInfrastructure</c>'s parameters.</summary>
    public static readonly string[] Infrastructure = ["integration", "network", "dataCentre", "commandCentre"];

    /// <summary>sections.institutions, in the order of <c>InstitutionsAndStaffing</c>'s parameters.</summary>
    public static readonly string[] Institutions = ["policy", "council", "team", "humanResources"];

    /// <summary>sections.change.</summary>
    public static readonly string[] Change = ["mindset", "coCreation", "roles"];

    /// <summary>sections.change.roles: government, citizens, communities (NGOs).</summary>
    public static readonly string[] Roles = ["government", "citizens", "communities"];

    /// <summary>sections.financing.</summary>
    public static readonly string[] Financing = ["overview", "patterns", "stakeholders"];

    /// <summary>A stakeholder.</summary>
    public static readonly string[] Stakeholder = ["name", "role"];
}
