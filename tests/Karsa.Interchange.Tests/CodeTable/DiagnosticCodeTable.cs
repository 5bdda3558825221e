using Karsa.Domain.Budget;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Edits;
using Karsa.Domain.Indicators;
using Karsa.Domain.Plans;
using Karsa.Domain.Plans.Lifecycle;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Readiness;
using Karsa.Domain.Roadmaps;
using Karsa.Testing;
using static Karsa.Interchange.Tests.CodeTable.Edits;

namespace Karsa.Interchange.Tests.CodeTable;

/// <summary>
/// For every diagnostic code, at least one minimal change of a quiet plan that makes it fire, and
/// where. A new code in <see cref="Problems"/> needs one line here: a <c>File</c> case (an edit of
/// the plan file with '»' where the diagnostic must point), a <c>Model</c> case (an edit of the
/// plan model, checked by <see cref="MasterplanRules"/>) or a <c>Custom</c> case (any other source).
/// Appended lines start at line 30; an appended programme is <c>programmes[18]</c>.
/// </summary>
internal static class DiagnosticCodeTable
{
    private const string New = "code: NEW-01, name: Baru, dimension: governance, element: public-service, lead: DISKOMINFO";
    private const string Next = "code: NEW-02, name: Lanjut, dimension: governance, element: public-service, lead: DISKOMINFO";
    private const string Indicator = "{code: IND-1, name: Indeks, unit: \"%\", framework: local, direction: higher}";

    /// <summary>Every case, in code order.</summary>
    public static IReadOnlyList<CodeCase> Cases { get; } =
    [
        // ---- File and syntax (KRS001-KRS007) ----
        File("KRS001", "a stray closing bracket", Tail("»]\n"), ""),
        File("KRS002", "a YAML anchor", Swap(("title: Uji", "title: »&t Uji")), ""),
        File("KRS003", "an unknown top-level field", Tail("»colour: merah\n"), "colour"),
        File("KRS004", "a programme with costs but without duration", Tail($"  - »{{{New}, costs: {{2022: {{apbd: 1}}}}}}\n"), "programmes[18].duration"),
        File("KRS005", "a duration in words", Programme($"{New}, duration: »dua"), "programmes[18].duration"),
        File("KRS006", "a key written twice", Tail("»title: Lagi\n"), ""),
        File("KRS006", "one pair of criteria judged twice", Tail("criteria:\n  pairwise:\n    - {more: urgency, less: risk, ratio: 3}\n    - »{more: risk, less: urgency, ratio: 2}\n"), "criteria.pairwise[1]"),
        Model("KRS006", "two targets of one indicator for one year", plan => plan with
        {
            Indicators = [Ind()],
            Targets = [new IndicatorTarget(Ind().Code, Year(2026), 1), new IndicatorTarget(Ind().Code, Year(2026), 2)],
        }, "targets.IND-1.2026"),
        File("KRS007", "an empty title", Swap(("title: Uji", "title: »\"\"")), "title.id"),

        // ---- Codes, years and money (KRS010-KRS017) ----
        Custom("KRS008", "a plan file that does not exist",
            () => PlanReader.ReadFile(QuietFile()).Diagnostics,
            () => PlanReader.ReadFile(QuietFile().Replace(".yaml", "-missing.yaml", StringComparison.Ordinal)).Diagnostics, ""),
        File("KRS009", "a format newer than this Karsa", Swap(("karsa: 2", "karsa: »4")), "karsa"),
        File("KRS010", "a region code without its regency digits", Swap(("code: \"33.13\"", "code: »\"33.1\"")), "region.code"),
        File("KRS011", "a programme code with a space", Programme("code: »GOV 99, name: Baru, dimension: governance, element: public-service, lead: DISKOMINFO, duration: 1"), "programmes[18].code"),
        File("KRS012", "a plan ending in 3000", Swap(("last: 2031", "last: »3000")), "period.last"),
        File("KRS013", "a negative cost", Programme($"{New}, duration: 1, costs: {{2022: {{apbd: »-5}}}}"), "programmes[18].costs.2022.apbd"),
        File("KRS014", "a cost with decimals", Programme($"{New}, duration: 1, costs: {{2022: {{apbd: »1.5}}}}"), "programmes[18].costs.2022.apbd"),
        File("KRS015", "a period ending before it starts", Swap(("last: 2031", "last: »2021")), "period.last"),
        File("KRS015", "a scenario horizon before the plan starts", Tail("scenarios:\n  - {name: pendek, lastYear: »2020}\n"), "scenarios[0].lastYear"),
        File("KRS016", "a 40-year programme", Programme($"{New}, duration: »40"), "programmes[18].duration"),
        File("KRS016", "an earliest start after the plan", Programme($"{New}, duration: 1, start: {{earliest: »2035}}"), "programmes[18].start.earliest"),
        File("KRS016", "a score above the scale", Programme($"{New}, duration: 1, scores: {{»urgency: 6}}"), "programmes[18].scores.urgency"),
        File("KRS016", "a readiness score above the scale", Tail("readiness:\n  dimensions:\n    governance: {struktur: {score: »6}}\n"), "readiness.dimensions.governance.struktur.score"),
        File("KRS017", "quick wins longer than the short term", Tail("quickWins: {years: 6}\nterms: »{shortTermYears: 5}\n"), "terms"),
        Custom("KRS018", "a profile edit that changes the region code",
            () => Draft().EditDraft([new SetRegionProfile(QuietPlan.Content.Region)]).Problems,
            () => Draft().EditDraft([new SetRegionProfile(new Domain.Regions.Region(new RegionCode("33.14"), "Sragen", Domain.Regions.RegionKind.Kabupaten, "Jawa Tengah", default))]).Problems,
            "region.code"),

        // ---- Catalogue (KRS020-KRS023) ----
        File("KRS020", "an unknown dimension", Programme("code: NEW-01, name: Baru, dimension: »smart, element: public-service, lead: DISKOMINFO, duration: 1"), "programmes[18].dimension"),
        File("KRS021", "an element in no catalogue", Programme("code: NEW-01, name: Baru, dimension: governance, element: »smart-parking, lead: DISKOMINFO, duration: 1"), "programmes[18].element"),
        File("KRS022", "a governance element under economy", Programme("code: NEW-01, name: Baru, dimension: economy, element: »public-service, lead: DISKOMINFO, duration: 1"), "programmes[18].element"),
        File("KRS023", "an own element named like a reference one", Tail("elements:\n  - {code: »public-service, dimension: governance, name: Layanan}\n"), "elements[0].code"),

        // ---- Programmes (KRS030-KRS046) ----
        File("KRS030", "a programme code used twice", Programme("code: »GOV-01, name: Baru, dimension: governance, element: public-service, lead: DISKOMINFO, duration: 1"), "programmes[18].code"),
        File("KRS031", "a dependency on no programme", Programme($"{New}, duration: 1, dependsOn: [»GOV-99]"), "programmes[18].dependsOn[0]"),
        File("KRS032", "two programmes waiting for each other", Programme($"{New}, duration: 1, dependsOn: [»NEW-02]").And(Programme($"{Next}, duration: 1, dependsOn: [NEW-01]")), "programmes[18].dependsOn[0]"),
        File("KRS033", "a cost after a one-year run", Programme($"{New}, duration: 1, costs: {{»2023: {{apbd: 1}}}}"), "programmes[18].costs.2023"),
        File("KRS034", "a cost after the plan", Programme($"{New}, duration: 1, costs: {{»2040: {{apbd: 1}}}}"), "programmes[18].costs.2040"),
        File("KRS035", "an earliest start after the latest", Programme($"{New}, duration: 1, »start: {{earliest: 2025, latest: 2024}}"), "programmes[18].start"),
        File("KRS036", "a mandatory programme pushed past its latest start by a dependency",
            Programme($"{New}, duration: 5").And(Programme($"{Next}, duration: 1, mandatory: »true, start: {{latest: 2024}}, dependsOn: [NEW-01]")), "programmes[19].mandatory"),
        File("KRS036", "a mandatory programme too long for its window", Programme($"{New}, duration: 2, mandatory: »true, start: {{earliest: 2031}}"), "programmes[18].mandatory"),
        File("KRS037", "one year and source costed twice (2022 and 02022 are one year)", Programme($"{New}, duration: 1, costs: {{2022: {{»apbd: 1}}, 02022: {{apbd: 2}}}}"), "programmes[18].costs.2022.apbd"),
        File("KRS038", "a programme waiting for itself", Programme($"{New}, duration: 1, »dependsOn: [NEW-01]"), "programmes[18].dependsOn"),
        File("KRS039", "two mandatory alternatives",
            Programme($"{New}, duration: 1, mandatory: true, alternatives: mpp").And(Programme($"{Next}, duration: 1, mandatory: true, alternatives: »mpp")), "programmes[19].alternatives"),
        File("KRS040", "a lead agency not listed", Programme("code: NEW-01, name: Baru, dimension: governance, element: public-service, lead: »DISHUB, duration: 1"), "programmes[18].lead"),
        File("KRS041", "an agency listed twice", Swap(("kind: dinas}", "kind: dinas}\n  - {code: »DISKOMINFO, name: Lagi, kind: dinas}")), "agencies[1].code"),
        File("KRS042", "a district of another regency", Programme($"{New}, duration: 1, districts: [»\"33.13.05\"]"), "programmes[18].locations[0]"),
        File("KRS043", "a district outside the region",
            Swap(("province: Jawa Tengah", "province: Jawa Tengah\n  districts: [{code: »\"33.14.01\", name: Jumapolo}]")), "region.districts[0].code"),
        File("KRS044", "a score on a criterion not listed", Programme($"{New}, duration: 1, scores: {{»beauty: 3}}"), "programmes[18].scores.beauty"),
        File("KRS044", "a scenario weight on a criterion not listed", Tail("scenarios:\n  - {name: indah, weights: {»beauty: 1}}\n"), "scenarios[0].weights.beauty"),
        File("KRS045", "a criterion listed twice",
            Tail("criteria:\n  items:\n    - {code: urgency, name: Urgensi, weight: 0.5}\n    - {code: »urgency, name: Lagi, weight: 0.5}\n"), "criteria.items[1].code"),
        File("KRS046", "a scenario forcing in no programme", Tail("scenarios:\n  - {name: hemat, forceIn: [»NEW-99]}\n"), "scenarios[0].forceIn[0]"),
        Custom("KRS047", "removing an agency programmes still lead with",
            () => Draft().EditDraft([new RemoveAgency(new AgencyCode("BAPPEDA"))]).Problems,
            () => Draft().EditDraft([new RemoveAgency(new AgencyCode("DISKOMINFO"))]).Problems, "agencies[0]"),

        // ---- Budget and indicators (KRS050-KRS059) ----
        File("KRS050", "a ceiling after the plan", Tail("budget:\n  »2040: {apbd: 5}\n"), "budget.2040"),
        Model("KRS051", "two ceilings for one year and source", plan => plan with
        {
            Ceilings = [new BudgetCeiling(Year(2022), FundingSource.Apbd, new Rupiah(5)), new BudgetCeiling(Year(2022), FundingSource.Apbd, new Rupiah(6))],
        }, "budget.2022.apbd"),
        File("KRS052", "an indicator listed twice", Tail($"indicators:\n  - {Indicator}\n  - {Indicator.Replace("code: ", "code: »", StringComparison.Ordinal)}\n"), "indicators[1].code"),
        File("KRS053", "a target of no indicator", Tail("targets:\n  »IND-9: {2026: 3}\n"), "targets.IND-9"),
        File("KRS053", "a programme linked to no indicator", Programme($"{New}, duration: 1, indicators: [»IND-9]"), "programmes[18].indicators[0]"),
        File("KRS054", "a target after the plan", Tail($"indicators: [{Indicator}]\ntargets:\n  IND-1: {{»2040: 3}}\n"), "targets.IND-1.2040"),
        Model("KRS055", "readiness of one dimension given twice", plan => plan with
        {
            Readiness = [new ReadinessAssessment(Dimension.Governance, [], null), new ReadinessAssessment(Dimension.Governance, [], null)],
        }, "readiness.dimensions.governance"),
        Model("KRS056", "a narrative section given twice", plan => plan with
        {
            Narratives = [new NarrativeSection("latar", new LocalizedText("Satu")), new NarrativeSection("latar", new LocalizedText("Dua"))],
        }, "narratives.latar"),
        File("KRS057", "version 0", Tail("version: »0\n"), "version"),
        Custom("KRS058", "an edit of a published version",
            () => Draft().EditDraft([new SetVision(new LocalizedText("Baru"))]).Problems,
            () => Published().EditDraft([new SetVision(new LocalizedText("Baru"))]).Problems, "state"),
        Custom("KRS061", "removing an indicator that still has targets",
            () => WithTarget().EditDraft([new SetTarget(Ind().Code, Year(2026), null), new RemoveIndicator(Ind().Code)]).Problems,
            () => WithTarget().EditDraft([new RemoveIndicator(Ind().Code)]).Problems, "indicators[0]"),
        Custom("KRS060", "publishing without an adopted roadmap",
            () => Refusals(() => Masterplan.Create(RoadmapPlans.Content() with { Roadmap = RoadmapPlans.Feasible() }).Publish()),
            () => Refusals(() => Masterplan.Create(RoadmapPlans.Content()).Publish()), "roadmap"),
        Roadmap("KRS070", "a roadmap naming a programme the plan lacks", "roadmap.programmes.XYZ"),
        Roadmap("KRS071", "a programme missing from the roadmap", "roadmap.programmes"),
        Roadmap("KRS072", "an adopted start before the programme's window", "roadmap.programmes.LIV-04"),
        Roadmap("KRS073", "an adopted start before the predecessor ends", "roadmap.programmes.GOV-02"),
        Roadmap("KRS074", "two alternatives both adopted", "roadmap.programmes.LIV-03"),
        Roadmap("KRS075", "an adopted roadmap over a ceiling", "roadmap"),
        Roadmap("KRS076", "an agency over its capacity", "roadmap"),
        Roadmap("KRS077", "a mandatory programme left out", "roadmap.programmes.LIV-01"),
        Roadmap("KRS078", "a quick win that is no candidate", "roadmap.quickWins[0]"),
        Roadmap("KRS079", "a priority dimension without a quick win", "roadmap.quickWins"),
        File("KRS059", "two scenarios with one name", Tail("scenarios:\n  - {name: hemat}\n  - {name: »hemat}\n"), "scenarios[1].name"),

        // ---- Funding sources (KRS146-KRS148) ----
        File("KRS146", "a cost from a source the plan does not know", Programme($"{New}, duration: 1, costs: {{2022: {{»baznas: 5}}}}"), "programmes[18].costs.2022.baznas"),
        File("KRS146", "a scenario scaling an unknown source", Tail("scenarios:\n  - {name: hemat, scaleCeilings: [{factor: 0.5, source: »baznas}]}\n"), "scenarios[0].scaleCeilings[0].source"),
        File("KRS147", "a plan-defined source named like a default", Tail("fundingSources:\n  - {key: »apbd, name: APBD lagi}\n"), "fundingSources[0].key"),
        File("KRS147", "a plan-defined source given twice", Tail("fundingSources:\n  - {key: baznas, name: BAZNAS}\n  - {key: »baznas, name: Zakat}\n"), "fundingSources[1].key"),
        File("KRS148", "a source key in capitals", Programme($"{New}, duration: 1, costs: {{2022: {{»Baznas: 5}}}}"), "programmes[18].costs.2022.Baznas"),
        // ---- Programmes of real plans (KRS140-KRS145) ----
        File("KRS140", "a location in another regency", Programme($"{New}, duration: 1, locations: [»\"33.14.01.2001\"]"), "programmes[18].locations[0]"),
        File("KRS141", "a start year of a service on a new programme", Programme($"{New}, duration: 1, startedIn: »2020"), "programmes[18].startedIn"),
        File("KRS142", "a running service starting after the plan", Programme($"{New}, status: running, startedIn: »2035"), "programmes[18].startedIn"),
        File("KRS143", "the lead named again as co-lead", Programme($"{New}, duration: 1, »coLeads: [DISKOMINFO]"), "programmes[18].coLeads"),
        File("KRS144", "a new programme without duration or cost", Tail($"  - »{{{New}}}\n"), "programmes[18].costs"),
        File("KRS145", "a start window on a running service", Programme($"{New}, status: running, »start: {{earliest: 2023}}"), "programmes[18].start"),

        // ---- Warnings (KRS100-) ----
        File("KRS100", "governance without a quick-win candidate", Swap(("GOV-01, quickWin: true", "GOV-01, quickWin: false"), ("programmes:", "»programmes:")), "programmes"),
        File("KRS101", "a programme too long for its window", Programme("code: »NEW-01, name: Baru, dimension: governance, element: public-service, lead: DISKOMINFO, duration: 2, start: {earliest: 2031}"), "programmes[18].code"),
        File("KRS102", "an element left without programme", Swap(("element: public-service", "element: bureaucracy"), ("programmes:", "»programmes:")), "programmes"),
        File("KRS103", "an indicator without target", Tail($"indicators:\n  - {Indicator.Replace("code: ", "code: »", StringComparison.Ordinal)}\n"), "indicators[0].code"),
        Custom("KRS105", "a file that says published is stored as a draft",
            () => VersionLifecycle.DecideSave([], QuietPlan.Content, _ => "token").Warnings,
            () => VersionLifecycle.DecideSave([], QuietPlan.Content with { State = PlanState.Published }, _ => "token").Warnings, "state"),
        File("KRS106", "two programmes with the same name", Programme($"{New}, duration: 1").And(Programme("code: NEW-02, name: »baru, dimension: governance, element: public-service, lead: DISKOMINFO, duration: 1")), "programmes[19].name"),
        File("KRS104", "a source used without ceiling", Programme($"{New}, duration: 1, costs: {{2022: {{apbd: 1}}}}").And(Tail("»budget: {2022: {apbn: 5}}\n")), "budget"),

        // ---- Implementation progress (KRS110-KRS119) ----
        .. ProgressCodeCases.Cases,

        // ---- Indicators (KRS120-KRS129) ----
        .. Indicators.IndicatorCodeCases.All,
        .. Indicators.ObservationsCsvCodeCases.All,

        // ---- Programme sheets (KRS152-KRS153) ----
        File("KRS152", "an output target after the plan", Programme($"{New}, duration: 1, outputs: [{{statement: Aplikasi, unit: aplikasi, targets: {{»2040: 1}}}}]"), "programmes[18].outputs[0].targets.2040"),
        File("KRS153", "outcome targets without unit or indicator", Programme($"{New}, duration: 1, outcomes: [{{statement: Warga puas, »targets: {{2024: 80}}}}]"), "programmes[18].outcomes[0].targets"),

        // ---- A programme's own benefit life (KRS156) ----
        File("KRS156", "a benefit life of no years", Programme($"{New}, duration: 1, benefitLifeYears: »0"), "programmes[18].benefitLifeYears"),

        // ---- Reporting calendar (KRS160-KRS164) ----
        .. CalendarCodeCases.Cases,

        // ---- Book front matter and plan-level sections (KRS150-KRS151) ----
        File("KRS150", "an approval dated 31 February", Tail("book:\n  approval: {kind: Peraturan Bupati, number: \"1\", date: »\"2022-02-31\"}\n"), "book.approval.date"),
        File("KRS151", "a stakeholder listed twice", Tail("sections:\n  financing:\n    stakeholders:\n      - {name: Kampus, role: Riset}\n      - {name: »Kampus, role: Pelatihan}\n"), "sections.financing.stakeholders[1].name"),
    ];

    /// <summary>The case named <paramref name="name"/>.</summary>
    public static CodeCase Named(string name) => Cases.Single(c => c.Name == name);

    private static FileCase File(string code, string what, Func<string, string> edit, string path) => new(code, what, edit, path);

    private static ModelCase Model(string code, string what, Func<MasterplanContent, MasterplanContent> edit, string path) => new(code, what, edit, path);

    private static CustomCase Custom(string code, string what, Func<IReadOnlyList<Diagnostic>> before, Func<IReadOnlyList<Diagnostic>> after, string path) =>
        new(code, what, before, after, path);

    private static FiscalYear Year(int year) => new(year);

    private static Domain.Indicators.Indicator Ind() =>
        new(new IndicatorCode("IND-1"), new LocalizedText("Indeks"), "%", IndicatorFramework.Local, IndicatorDirection.HigherIsBetter);

    private static Masterplan Published() => Masterplan.Create(QuietPlan.Content with { State = PlanState.Published });

    private static Masterplan Draft() => Masterplan.Create(QuietPlan.Content);

    private static Masterplan WithTarget() =>
        Masterplan.Create(QuietPlan.Content with { Indicators = [Ind()], Targets = [new IndicatorTarget(Ind().Code, Year(2026), 1)] });

    /// <summary>The quiet plan written to a file of its own, for the cases about reading files.</summary>
    private static string QuietFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"karsa-quiet-{Environment.ProcessId}.yaml");
        System.IO.File.WriteAllText(path, QuietPlan.Yaml);
        return path;
    }

    /// <summary>The roadmap rules (as errors) on the roadmap fixture: a feasible roadmap, then one breaking <paramref name="code"/>'s rule.</summary>
    private static CustomCase Roadmap(string code, string what, string path) => Custom(code, what,
        () => RoadmapRules.Check(RoadmapPlans.Content() with { Roadmap = RoadmapPlans.Feasible() }),
        () => RoadmapRules.Check(RoadmapPlans.Content() with { Roadmap = RoadmapPlans.Breaking(code) }), path);

    private static IReadOnlyList<Diagnostic> Refusals(Action act)
    {
        try
        {
            act();
            return [];
        }
        catch (DomainException refused)
        {
            return refused.Problems;
        }
    }
}
