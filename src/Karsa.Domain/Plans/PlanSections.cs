using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Domain.Plans;

/// <summary>
/// The plan-level chapters of Buku II beyond programmes and roadmap: supporting infrastructure, policy
/// and institutions, change management and community, financing and stakeholders. Every part is
/// optional (null when the plan says nothing); each sub-section is Markdown.
/// </summary>
public sealed record PlanSections(
    SupportingInfrastructure? Infrastructure = null,
    InstitutionsAndStaffing? Institutions = null,
    ChangeManagement? Change = null,
    FinancingAndStakeholders? Financing = null)
{
    /// <summary>No plan-level sections (the default of a plan).</summary>
    public static PlanSections None { get; } = new();
}

/// <summary>Supporting infrastructure, each sub-section optional Markdown.</summary>
/// <param name="Integration">System-integration architecture (interoperability, data exchange).</param>
/// <param name="Network">Network architecture (backbone, access, village connectivity).</param>
/// <param name="DataCentre">Data centre and cloud.</param>
/// <param name="CommandCentre">Command, operation or monitoring room.</param>
public sealed record SupportingInfrastructure(LocalizedText? Integration = null, LocalizedText? Network = null, LocalizedText? DataCentre = null, LocalizedText? CommandCentre = null);

/// <summary>Policy, institutions and staffing, each sub-section optional Markdown.</summary>
/// <param name="Policy">Regulations and policies that carry the masterplan.</param>
/// <param name="Council">The smart city council (Dewan Smart City).</param>
/// <param name="Team">The implementing team.</param>
/// <param name="HumanResources">Human resources: staff, competences, training.</param>
public sealed record InstitutionsAndStaffing(LocalizedText? Policy = null, LocalizedText? Council = null, LocalizedText? Team = null, LocalizedText? HumanResources = null);

/// <summary>Change management and community, each sub-section optional Markdown.</summary>
/// <param name="Mindset">Change of mindset and behaviour.</param>
/// <param name="CoCreation">Co-creation with citizens, campuses and business.</param>
/// <param name="GovernmentRole">The role of government.</param>
/// <param name="CitizenRole">The role of citizens.</param>
/// <param name="CommunityRole">The role of NGOs and community organisations.</param>
public sealed record ChangeManagement(
    LocalizedText? Mindset = null,
    LocalizedText? CoCreation = null,
    LocalizedText? GovernmentRole = null,
    LocalizedText? CitizenRole = null,
    LocalizedText? CommunityRole = null);

/// <summary>How a funding source is used: its financing pattern (Markdown).</summary>
public sealed record FinancingPattern(FundingSource Source, LocalizedText Pattern);

/// <summary>A stakeholder and its role in carrying out the masterplan.</summary>
public sealed record Stakeholder(LocalizedText Name, LocalizedText Role);

/// <summary>
/// Financing patterns and stakeholder roles. Invariants: at most one pattern per funding source
/// (KRS006 at <c>patterns.SOURCE</c>); no stakeholder named twice (KRS151 at <c>stakeholders[i].name</c>).
/// </summary>
public sealed record FinancingAndStakeholders
{
    /// <summary>Creates the section, checking its invariants.</summary>
    public FinancingAndStakeholders(LocalizedText? overview = null, ValueList<FinancingPattern> patterns = default, ValueList<Stakeholder> stakeholders = default)
    {
        var twice = patterns.GroupBy(p => p.Source).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new DomainException(Problems.DuplicateKey(twice.Key.Key).Under($"patterns.{twice.Key.Key}"));
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < stakeholders.Count; i++)
        {
            if (!seen.Add(stakeholders[i].Name.Indonesian.Trim()))
            {
                throw new DomainException(Problems.DuplicateStakeholder(stakeholders[i].Name.Indonesian).Under($"stakeholders[{i}].name"));
            }
        }

        (Overview, Patterns, Stakeholders) = (overview, patterns, stakeholders);
    }

    /// <summary>An overview of how the masterplan is financed (Markdown).</summary>
    public LocalizedText? Overview { get; }

    /// <summary>The pattern per funding source, in the authors' order.</summary>
    public ValueList<FinancingPattern> Patterns { get; }

    /// <summary>The stakeholders with their roles, in the authors' order.</summary>
    public ValueList<Stakeholder> Stakeholders { get; }
}
