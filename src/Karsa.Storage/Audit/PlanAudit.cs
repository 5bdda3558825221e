using System.Text.Json;
using Karsa.Domain.Plans;
using Karsa.Domain.Versions;

namespace Karsa.Storage.Audit;

/// <summary>
/// The audit entries of plan writes: who changed which version, and the changed parts before and after
/// (the domain's <see cref="PlanComparison"/> of the old and the new content) with both tokens.
/// </summary>
internal static class PlanAudit
{
    /// <summary>The most changes one entry lists; more are counted, not listed.</summary>
    public const int MaxChanges = 200;

    private const int MaxTarget = 400;

    /// <summary>"karsa" when a write names no author (the command line, the system).</summary>
    public static string ActorOf(string? author) => string.IsNullOrWhiteSpace(author) ? "karsa" : author;

    /// <summary>
    /// The entry for a save of <paramref name="after"/> over <paramref name="before"/> (null: the region's
    /// first version): an import without a token, an adoption when only the roadmap changed, else an edit.
    /// </summary>
    public static AuditEntryRecord Save(SaveOptions options, string region, int version, Snapshot? before, Snapshot after, DateTimeOffset at)
    {
        var comparison = before?.Content is { } old ? PlanComparison.Compare(old, after.Content!) : null;
        var changed = comparison?.Sections.Where(s => !s.IsUnchanged).ToList() ?? [];
        var action = options.BasedOn is null ? AuditActions.PlanImport
            : changed.Count > 0 && changed.All(s => s.Section == "roadmap") ? AuditActions.PlanAdopt
            : AuditActions.PlanEdit;
        var items = changed.SelectMany(s => s.Items).ToList();
        var target = items.Count == 0 ? $"{region} v{version}"
            : Shorten(string.Join(", ", items.SelectMany(i => i.Fields.Count == 0 ? [i.Path] : i.Fields.Select(f => f.Path)).Distinct()));
        return new AuditEntryRecord
        {
            At = at,
            Actor = ActorOf(options.Author),
            Action = action,
            RegionCode = region,
            Version = version,
            Target = target,
            Before = before is null ? null : Describe(before, items, older: true),
            After = Describe(after, items, older: false),
        };
    }

    /// <summary>An entry for a publish or a new draft: the version's state and token before and after.</summary>
    public static AuditEntryRecord Lifecycle(string action, string? author, string region, int version, Snapshot? before, Snapshot after, DateTimeOffset at) => new()
    {
        At = at,
        Actor = ActorOf(author),
        Action = action,
        RegionCode = region,
        Version = version,
        Target = $"{region} v{version}",
        Before = before is null ? null : Describe(before, [], older: true),
        After = Describe(after, [], older: false),
    };

    private static string Describe(Snapshot snapshot, List<ItemChange> items, bool older)
    {
        var changes = items.SelectMany(item => Lines(item, older)).ToList();
        var state = new Dictionary<string, object?>
        {
            ["version"] = snapshot.Version,
            ["state"] = snapshot.Content?.State.ToString(),
            ["token"] = snapshot.Token,
        };
        if (items.Count > 0)
        {
            state["changes"] = changes.Take(MaxChanges).ToList();
            state["changeCount"] = changes.Count;
        }

        return JsonSerializer.Serialize(state);
    }

    /// <summary>An item's value on one side: its fields one by one when it changed, else the item as a whole.</summary>
    private static IEnumerable<AuditChange> Lines(ItemChange item, bool older)
    {
        var kind = item.Kind.ToString().ToLowerInvariant();
        if (item.Fields.Count == 0)
        {
            yield return new AuditChange(item.Path, kind, Text(older ? item.Old : item.New) ?? item.Name?.Indonesian);
            yield break;
        }

        foreach (var field in item.Fields)
        {
            yield return new AuditChange(field.Path, field.Kind.ToString().ToLowerInvariant(), Text(older ? field.Old : field.New));
        }
    }

    /// <summary>A changed value as plain text (money in whole Rupiah, texts in Indonesian).</summary>
    public static string? Text(ChangeValue? value) => value switch
    {
        null => null,
        TextValue text => text.Text.Indonesian,
        MoneyValue money => money.Amount.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        YearValue year => year.Year.ToString(),
        YearsValue years => years.Years.ToString(System.Globalization.CultureInfo.InvariantCulture),
        NumberValue number => number.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        FlagValue flag => flag.Flag ? "true" : "false",
        CodeValue code => code.Code,
        DependencyValue dependency => $"{dependency.Programme}+{dependency.LagYears}",
        _ => value.ToString(),
    };

    private static string Shorten(string text) => text.Length <= MaxTarget ? text : text[..(MaxTarget - 1)] + "…";

    /// <summary>A version as the audit log describes it: its number, token and content (when it still reads).</summary>
    public sealed record Snapshot(int Version, string Token, MasterplanContent? Content);

    private sealed record AuditChange(string Path, string Kind, string? Value);
}
