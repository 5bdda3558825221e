using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Application.Editing;

/// <summary>A chapter of the plan-level sections form: its plan path, its title and its Markdown sub-sections.</summary>
/// <param name="Path">The chapter's plan path, e.g. <c>sections.infrastructure</c>.</param>
/// <param name="Title">The chapter's title as the book names it.</param>
/// <param name="Parts">Its sub-sections.</param>
public sealed record PlanSectionChapter(string Path, LocalizedText Title, IReadOnlyList<PlanSectionPart> Parts);

/// <summary>A Markdown sub-section of the plan-level sections form.</summary>
/// <param name="Path">Its plan path, e.g. <c>sections.infrastructure.network</c> (fields add <c>.id</c> and <c>.en</c>).</param>
/// <param name="Label">Its label.</param>
/// <param name="Stored">Its text in a plan's sections, or null.</param>
public sealed record PlanSectionPart(string Path, LocalizedText Label, Func<PlanSections, LocalizedText?> Stored);

/// <summary>
/// The plan-level sections form (<see cref="SectionForm.PlanSections"/>): every Markdown sub-section in
/// both languages (<c>sections.infrastructure.network.id</c>, <c>sections.change.roles.citizens.en</c>,
/// ...), the financing overview, a financing pattern per funding source the plan knows
/// (<c>sections.financing.patterns.apbd.id</c>) and stakeholder rows (<c>sections.financing.stakeholders[0].name.id</c>,
/// <c>...role.id</c>); a blank sub-section or row is absent, a chapter naming nothing is absent.
/// </summary>
public static class PlanSectionsForm
{
    private const string Financing = "sections.financing";

    /// <summary>The chapters with Markdown sub-sections, in the book's order (the financing chapter's overview included).</summary>
    public static IReadOnlyList<PlanSectionChapter> Chapters { get; } =
    [
        new("sections.infrastructure", new("Infrastruktur pendukung", "Supporting infrastructure"),
        [
            new("sections.infrastructure.integration", new("Arsitektur integrasi sistem", "System-integration architecture"), s => s.Infrastructure?.Integration),
            new("sections.infrastructure.network", new("Arsitektur jaringan", "Network architecture"), s => s.Infrastructure?.Network),
            new("sections.infrastructure.dataCentre", new("Pusat data dan komputasi awan", "Data centre and cloud"), s => s.Infrastructure?.DataCentre),
            new("sections.infrastructure.commandCentre", new("Ruang kendali (command center)", "Command or operation room"), s => s.Infrastructure?.CommandCentre),
        ]),
        new("sections.institutions", new("Kebijakan, kelembagaan dan sumber daya manusia", "Policy, institutions and staffing"),
        [
            new("sections.institutions.policy", new("Regulasi dan kebijakan", "Regulations and policies"), s => s.Institutions?.Policy),
            new("sections.institutions.council", new("Dewan Smart City", "Smart city council"), s => s.Institutions?.Council),
            new("sections.institutions.team", new("Tim pelaksana", "Implementing team"), s => s.Institutions?.Team),
            new("sections.institutions.humanResources", new("Sumber daya manusia", "Human resources"), s => s.Institutions?.HumanResources),
        ]),
        new("sections.change", new("Manajemen perubahan dan komunitas", "Change management and community"),
        [
            new("sections.change.mindset", new("Perubahan pola pikir dan perilaku", "Mindset and behaviour"), s => s.Change?.Mindset),
            new("sections.change.coCreation", new("Ko-kreasi", "Co-creation"), s => s.Change?.CoCreation),
            new("sections.change.roles.government", new("Peran pemerintah", "Role of government"), s => s.Change?.GovernmentRole),
            new("sections.change.roles.citizens", new("Peran warga", "Role of citizens"), s => s.Change?.CitizenRole),
            new("sections.change.roles.communities", new("Peran LSM dan komunitas", "Role of NGOs and communities"), s => s.Change?.CommunityRole),
        ]),
        new(Financing, new("Pola pembiayaan dan peran pemangku kepentingan", "Financing patterns and stakeholder roles"),
        [
            new(Financing.Field("overview"), new("Gambaran pembiayaan", "Financing overview"), s => s.Financing?.Overview),
        ]),
    ];

    /// <summary>The path of the financing pattern of <paramref name="source"/> (its fields add <c>.id</c> and <c>.en</c>).</summary>
    public static string Pattern(FundingSource source) => Financing.Field("patterns").Field(source.Key);

    /// <summary>The path of stakeholder row <paramref name="row"/> (fields <c>.name.id</c>, <c>.name.en</c>, <c>.role.id</c>, <c>.role.en</c>).</summary>
    public static string Stakeholder(int row) => Financing.Field("stakeholders").Item(row);

    /// <summary>The sources whose financing pattern the form offers: the plan's patterns in their order, then every other source the plan knows.</summary>
    public static IReadOnlyList<FundingSource> PatternSources(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var stored = plan.Content.Sections.Financing?.Patterns.Select(p => p.Source) ?? [];
        return [.. stored.Concat(plan.Content.FundingSources.Sources).Distinct()];
    }

    /// <summary>How many stakeholder rows the form shows: the plan's stakeholders and blank ones.</summary>
    public static int StakeholderRows(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return FormRows.Count(plan.Content.Sections.Financing?.Stakeholders.Count ?? 0);
    }

    /// <summary>The fields of stakeholder row <paramref name="row"/>.</summary>
    public static IReadOnlyList<string> StakeholderFields(int row) => [.. Both(Stakeholder(row).Field("name")), .. Both(Stakeholder(row).Field("role"))];

    /// <summary>The Markdown fields, which the page previews: the sub-sections and the patterns.</summary>
    public static IReadOnlyList<string> MarkdownFields(Masterplan plan) =>
        [.. Chapters.SelectMany(c => c.Parts).SelectMany(p => Both(p.Path)), .. PatternSources(plan).SelectMany(s => Both(Pattern(s)))];

    /// <summary>Every field of the form.</summary>
    public static IReadOnlyList<string> Fields(Masterplan plan) =>
        [.. MarkdownFields(plan), .. Enumerable.Range(0, StakeholderRows(plan)).SelectMany(StakeholderFields)];

    /// <summary>The form filled with <paramref name="plan"/>'s sections.</summary>
    public static FormFields Of(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var sections = plan.Content.Sections;
        var values = new Dictionary<string, string?>();
        foreach (var (path, text) in Stored(sections))
        {
            values[path.Field("id")] = text?.Indonesian;
            values[path.Field("en")] = text?.English;
        }

        var stakeholders = sections.Financing?.Stakeholders ?? [];
        for (var row = 0; row < stakeholders.Count; row++)
        {
            var fields = StakeholderFields(row);
            (values[fields[0]], values[fields[1]]) = (stakeholders[row].Name.Indonesian, stakeholders[row].Name.English);
            (values[fields[2]], values[fields[3]]) = (stakeholders[row].Role.Indonesian, stakeholders[row].Role.English);
        }

        return new FormFields(values);
    }

    /// <summary>A <see cref="SetPlanSections"/> when the typed sections differ from the stored ones, or the problems of the typed values.</summary>
    public static FormEdits Edits(Masterplan plan, FormFields fields)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var read = new FieldReader(fields);
        LocalizedText? Text(string path) => read.Localized(path, required: false);
        var infrastructure = new SupportingInfrastructure(Text("sections.infrastructure.integration"), Text("sections.infrastructure.network"),
            Text("sections.infrastructure.dataCentre"), Text("sections.infrastructure.commandCentre"));
        var institutions = new InstitutionsAndStaffing(Text("sections.institutions.policy"), Text("sections.institutions.council"),
            Text("sections.institutions.team"), Text("sections.institutions.humanResources"));
        var change = new ChangeManagement(Text("sections.change.mindset"), Text("sections.change.coCreation"), Text("sections.change.roles.government"),
            Text("sections.change.roles.citizens"), Text("sections.change.roles.communities"));
        var financing = ReadFinancing(plan, read);
        if (read.Problems.Count > 0)
        {
            return FormEdits.Refused(read.Problems);
        }

        var sections = new PlanSections(
            infrastructure == new SupportingInfrastructure() ? null : infrastructure,
            institutions == new InstitutionsAndStaffing() ? null : institutions,
            change == new ChangeManagement() ? null : change,
            financing);
        return sections.Equals(plan.Content.Sections) ? FormEdits.Of() : FormEdits.Of(new SetPlanSections(sections));
    }

    private static FinancingAndStakeholders? ReadFinancing(Masterplan plan, FieldReader read)
    {
        var overview = read.Localized(Financing.Field("overview"), required: false);
        var patterns = new List<FinancingPattern>();
        foreach (var source in PatternSources(plan))
        {
            if (read.Localized(Pattern(source), required: false) is { } pattern)
            {
                patterns.Add(new FinancingPattern(source, pattern));
            }
        }

        var stakeholders = new List<Stakeholder>();
        for (var row = 0; row < StakeholderRows(plan); row++)
        {
            if (FormRows.IsBlank(read.Fields, StakeholderFields(row)))
            {
                continue;
            }

            var name = read.Localized(Stakeholder(row).Field("name"), required: true);
            var role = read.Localized(Stakeholder(row).Field("role"), required: true);
            if (name is not null && role is not null)
            {
                stakeholders.Add(new Stakeholder(name, role));
            }
        }

        if (overview is null && patterns.Count == 0 && stakeholders.Count == 0)
        {
            return null;
        }

        return read.TryBuild(Financing, () => new FinancingAndStakeholders(overview, patterns.ToValueList(), stakeholders.ToValueList()), out var financing)
            ? financing
            : null;
    }

    private static IEnumerable<(string Path, LocalizedText? Text)> Stored(PlanSections sections) =>
        Chapters.SelectMany(c => c.Parts).Select(p => (p.Path, p.Stored(sections)))
            .Concat((sections.Financing?.Patterns ?? []).Select(p => (Pattern(p.Source), (LocalizedText?)p.Pattern)));

    private static string[] Both(string path) => [path.Field("id"), path.Field("en")];
}
