using System.Globalization;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Mapping;

/// <summary>
/// Reads <c>book</c> (the front matter) and <c>sections</c> (the plan-level chapters). Everything is
/// optional; a mapping that names nothing reads as absent, so writing it back leaves it out.
/// </summary>
internal static class BookMatterMapper
{
    /// <summary>The form dates are written in.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary><c>book: {date, foreword, address, approval}</c>.</summary>
    public static BookMatter ReadBookMatter(this ReadContext context, Node? node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Book);
        if (fields is null)
        {
            return BookMatter.None;
        }

        var date = context.ReadDate(fields.Optional("date"), fields.PathOf("date"));
        var foreword = context.ReadSigned(fields.Optional("foreword"), fields.PathOf("foreword"));
        var address = context.ReadSigned(fields.Optional("address"), fields.PathOf("address"));
        var approval = context.ReadApproval(fields.Optional("approval"), fields.PathOf("approval"));
        return new BookMatter(foreword, address, approval, date);
    }

    /// <summary><c>sections: {infrastructure, institutions, change, financing}</c>.</summary>
    public static PlanSections ReadPlanSections(this ReadContext context, Node? node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Sections);
        if (fields is null)
        {
            return PlanSections.None;
        }

        var infrastructure = context.ReadTexts(fields.Optional("infrastructure"), fields.PathOf("infrastructure"), PlanFields.Infrastructure);
        var institutions = context.ReadTexts(fields.Optional("institutions"), fields.PathOf("institutions"), PlanFields.Institutions);
        var change = context.ReadChange(fields.Optional("change"), fields.PathOf("change"));
        var financing = context.ReadFinancing(fields.Optional("financing"), fields.PathOf("financing"));
        return new PlanSections(
            infrastructure is { } i ? new SupportingInfrastructure(i[0], i[1], i[2], i[3]) : null,
            institutions is { } s ? new InstitutionsAndStaffing(s[0], s[1], s[2], s[3]) : null,
            change,
            financing);
    }

    /// <summary>A date written as text in the form YYYY-MM-DD (KRS150 otherwise).</summary>
    public static DateOnly? ReadDate(this ReadContext context, Node? node, string path)
    {
        if (node is null)
        {
            return null;
        }

        var text = node is ScalarNode scalar ? scalar.Text : null;
        if (text is not null && DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        context.Report(Problems.BadDate(text), path, node.Position);
        return null;
    }

    private static SignedText? ReadSigned(this ReadContext context, Node? node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Signed);
        if (fields is null)
        {
            return null;
        }

        var text = context.ReadText(fields.Required("text"), fields.PathOf("text"));
        var name = context.ReadString(fields.Optional("name"), fields.PathOf("name"));
        var title = context.ReadText(fields.Optional("title"), fields.PathOf("title"));
        return text is not null && context.TryBuild(() => new SignedText(text, name, title), path, fields.Position, out var signed) ? signed : null;
    }

    private static Approval? ReadApproval(this ReadContext context, Node? node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Approval);
        if (fields is null)
        {
            return null;
        }

        var kind = context.ReadText(fields.Required("kind"), fields.PathOf("kind"));
        var number = context.ReadString(fields.Required("number"), fields.PathOf("number"));
        var date = context.ReadDate(fields.Optional("date"), fields.PathOf("date"));
        var title = context.ReadText(fields.Optional("title"), fields.PathOf("title"));
        return kind is not null && number is not null && context.TryBuild(() => new Approval(kind, number, date, title), path, fields.Position, out var approval)
            ? approval
            : null;
    }

    private static ChangeManagement? ReadChange(this ReadContext context, Node? node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Change);
        if (fields is null)
        {
            return null;
        }

        var mindset = context.ReadText(fields.Optional("mindset"), fields.PathOf("mindset"));
        var coCreation = context.ReadText(fields.Optional("coCreation"), fields.PathOf("coCreation"));
        var roles = context.ReadTexts(fields.Optional("roles"), fields.PathOf("roles"), PlanFields.Roles) ?? new LocalizedText?[PlanFields.Roles.Length];
        var change = new ChangeManagement(mindset, coCreation, roles[0], roles[1], roles[2]);
        return change == new ChangeManagement() ? null : change;
    }

    private static FinancingAndStakeholders? ReadFinancing(this ReadContext context, Node? node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Financing);
        if (fields is null)
        {
            return null;
        }

        var overview = context.ReadText(fields.Optional("overview"), fields.PathOf("overview"));
        var patterns = new List<FinancingPattern>();
        context.ReadCodeEntries(fields.Optional("patterns"), fields.PathOf("patterns"), key => new FundingSource(key), (source, value, entryPath) =>
        {
            if (context.ReadText(value, entryPath) is { } pattern)
            {
                patterns.Add(new FinancingPattern(source, pattern));
            }
        });
        var stakeholders = context.ReadList(fields.Optional("stakeholders"), fields.PathOf("stakeholders"), context.ReadStakeholder);
        if (overview is null && patterns.Count == 0 && stakeholders.Count == 0)
        {
            return null;
        }

        return context.TryBuild(() => new FinancingAndStakeholders(overview, patterns.ToValueList(), stakeholders), path, fields.Position, out var financing)
            ? financing
            : null;
    }

    private static Stakeholder? ReadStakeholder(this ReadContext context, Node node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Stakeholder);
        if (fields is null)
        {
            return null;
        }

        var name = context.ReadText(fields.Required("name"), fields.PathOf("name"));
        var role = context.ReadText(fields.Required("role"), fields.PathOf("role"));
        return name is not null && role is not null ? new Stakeholder(name, role) : null;
    }

    /// <summary>A mapping of optional texts under <paramref name="keys"/>, in that order; null when absent or naming none.</summary>
    private static LocalizedText?[]? ReadTexts(this ReadContext context, Node? node, string path, string[] keys)
    {
        var fields = Fields.Open(context, node, path, keys);
        if (fields is null)
        {
            return null;
        }

        var texts = keys.Select(key => context.ReadText(fields.Optional(key), fields.PathOf(key))).ToArray();
        return texts.All(t => t is null) ? null : texts;
    }
}
