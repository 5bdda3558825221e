using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Karsa.Application.Common;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Interchange;

namespace Karsa.Application.Plans;

/// <summary>
/// One change to a draft as a plan-file fragment: <c>set</c> the part at <paramref name="Path"/> to
/// <paramref name="Value"/> (written as in the JSON plan file) or <c>remove</c> it. Paths:
/// <c>region</c> (the profile; its code cannot change), <c>vision</c>, <c>missions</c>, <c>strategies</c>,
/// <c>narratives.KEY</c>, <c>budget</c> and <c>targets</c> (whole sections), <c>programmes[CODE]</c>,
/// <c>agencies[CODE]</c>, <c>indicators[CODE]</c> and <c>scenarios[NAME]</c> (a whole item; set adds it
/// when the list does not have it) and <c>LIST[KEY].FIELD</c> (e.g. <c>programmes[GOV-01].costs</c>,
/// <c>programmes[GOV-01].start.earliest</c>, <c>agencies[BAPPEDA].capacity</c>); also <c>book</c>,
/// <c>sections</c> and <c>valueModel</c> (whole parts) and <c>fundingSources[KEY]</c> (a source the plan adds).
/// </summary>
/// <param name="Op"><c>set</c> or <c>remove</c>.</param>
/// <param name="Path">Which part of the plan.</param>
/// <param name="Value">The new value for <c>set</c>.</param>
public sealed record DocumentEdit(string Op, string Path, JsonNode? Value = null);

/// <summary>
/// Edits a region's draft with <see cref="DocumentEdit"/>s: each fragment is read by the plan-file
/// reader (so a wrong value is reported at its plan path, as in a file), turned into the domain's
/// <see cref="PlanEdit"/>, and all of them are applied through <see cref="VersionUseCases.EditDraftAsync"/>
/// (all or none, a published version refuses, a stale token is a conflict).
/// </summary>
public static partial class DocumentEdits
{
    /// <summary>The paths an edit may address, as the error for another path lists them.</summary>
    public static readonly IReadOnlyList<string> Paths =
        ["region", "vision", "missions", "strategies", "narratives.KEY", "budget", "targets", "programmes[CODE]", "agencies[CODE]", "indicators[CODE]",
            "scenarios[NAME]", "programmes[CODE].FIELD", "agencies[CODE].FIELD", "indicators[CODE].FIELD", "scenarios[NAME].FIELD",
            "book", "sections", "valueModel", "fundingSources[KEY]", "fundingSources[KEY].FIELD"];

    /// <summary>
    /// Applies <paramref name="edits"/> to the newest version of <paramref name="region"/>, a draft whose
    /// token must still be <paramref name="basedOn"/>.
    /// </summary>
    public static async Task<UseCaseResult<EditAnswer>> ApplyAsync(string region, string basedOn, IReadOnlyList<DocumentEdit> edits, string? database,
        string? author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edits);
        var current = await PlanFileUseCases.ExportAsync(region, null, PlanFormat.Json, database, cancellationToken).ConfigureAwait(false);
        if (!current.Succeeded)
        {
            return current.Error;
        }

        var translated = Translate(current.Value.Text, edits);
        return translated.Succeeded
            ? await VersionUseCases.EditDraftAsync(region, basedOn, translated.Value, database, author, cancellationToken).ConfigureAwait(false)
            : translated.Error;
    }

    /// <summary>The domain edits that <paramref name="edits"/> mean for the plan file <paramref name="json"/>, or the problems, each at its path.</summary>
    internal static UseCaseResult<List<PlanEdit>> Translate(string json, IReadOnlyList<DocumentEdit> edits)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        var result = new List<PlanEdit>();
        var before = PlanReader.Read(json, PlanFormat.Json, "plan", PlanReadOptions.Stored).Plan?.Content;
        for (var i = 0; i < edits.Count; i++)
        {
            var edit = edits[i];
            var remove = string.Equals(edit.Op, "remove", StringComparison.Ordinal);
            if (!remove && !string.Equals(edit.Op, "set", StringComparison.Ordinal))
            {
                return Refused(Problems.UnknownField(edit.Op ?? "", ["set", "remove"]) with { Path = $"edits[{i}].op" });
            }

            var target = Target.Of(edit.Path ?? "");
            if (target is null)
            {
                return Refused(Problems.UnknownField(edit.Path ?? "", Paths) with { Path = $"edits[{i}].path" });
            }

            var value = remove ? null : edit.Value?.DeepClone();
            var index = target.Patch(document, value);
            var read = PlanReader.Read(document.ToJsonString(), PlanFormat.Json, $"edits[{i}]", PlanReadOptions.Stored);
            if (read.Plan is null)
            {
                return Refused([.. read.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d with { Location = null })]);
            }

            var made = target.Made(before!, read.Plan.Content, index, value is null);
            if (made.Problem is { } problem)
            {
                return Refused(problem with { Path = $"edits[{i}].path" });
            }

            result.AddRange(made.Edits);
            before = read.Plan.Content;
        }

        return UseCaseResult.Success(result);
    }

    private static UseCaseError Refused(params IReadOnlyList<Diagnostic> problems) => UseCaseError.Invalid(problems);

    /// <summary>The part of the plan an edit addresses, how to patch it in the document and which domain edit it makes.</summary>
    private sealed record Target(string Section, string? Key, string[] Field)
    {
        public static Target? Of(string path)
        {
            if (path is "region" or "vision" or "missions" or "strategies" or "budget" or "targets"
                or "book" or "sections" or "valueModel")
            {
                return new Target(path, null, []);
            }

            if (NarrativePath().Match(path) is { Success: true } narrative)
            {
                return new Target("narratives", narrative.Groups[1].Value, []);
            }

            return ItemPath().Match(path) is { Success: true } item
                ? new Target(item.Groups[1].Value, item.Groups[2].Value, item.Groups[3].Success ? item.Groups[3].Value.Split('.') : [])
                : null;
        }

        /// <summary>
        /// Sets (or removes, when <paramref name="value"/> is null) the part in <paramref name="document"/>;
        /// the index of the list item addressed (-1 when there was none), 0 for other parts.
        /// </summary>
        public int Patch(JsonObject document, JsonNode? value)
        {
            if (!DocumentItemEdits.Lists.TryGetValue(Section, out var list))
            {
                var parent = Key is null ? document : Child(document, Section);
                Replace(parent, Key ?? Section, value);
                return 0;
            }

            var items = document[Section] as JsonArray ?? [];
            document[Section] = items;
            var index = items.Select((p, i) => (Node: p, Index: i)).FirstOrDefault(x => HasKey(x.Node, list.KeyField, Key!), (Node: null, Index: -1)).Index;
            if (Field.Length == 0)
            {
                if (index >= 0)
                {
                    items.RemoveAt(index);
                }

                if (value is JsonObject item)
                {
                    item[list.KeyField] ??= Key;
                }

                if (value is not null)
                {
                    items.Insert(index >= 0 ? index : items.Count, value);
                }

                return index;
            }

            if (index >= 0)
            {
                var node = items[index]!.AsObject();
                foreach (var step in Field[..^1])
                {
                    node = Child(node, step);
                }

                Replace(node, Field[^1], value);
            }

            return index;
        }

        /// <summary>
        /// The domain edits for the part as <paramref name="content"/> (the patched plan) has it, against
        /// <paramref name="before"/> (the plan before this edit), or the problem of an item that does not exist.
        /// </summary>
        public (IReadOnlyList<PlanEdit> Edits, Diagnostic? Problem) Made(MasterplanContent before, MasterplanContent content, int index, bool removed)
        {
            switch (Section)
            {
                case "region":
                    return ([new SetRegionProfile(content.Region)], null);
                case "vision":
                    return ([new SetVision(content.Vision)], null);
                case "missions":
                    return ([new SetMissions(content.Missions)], null);
                case "strategies":
                    return ([new SetStrategies(content.Strategies)], null);
                case "narratives":
                    return ([new SetNarrative(Key!, content.Narratives.FirstOrDefault(n => n.Key == Key)?.Markdown)], null);
                case "budget":
                    return (DocumentSectionEdits.Ceilings(before, content), null);
                case "targets":
                    return (DocumentSectionEdits.Targets(before, content), null);
                case "book":
                    return ([new SetBookMatter(content.BookMatter)], null);
                case "sections":
                    return ([new SetPlanSections(content.Sections)], null);
                case "valueModel":
                    return ([new SetValueModel(content.ValueModel)], null);
            }

            try
            {
                return DocumentItemEdits.Lists[Section].Edit(content, Key!, index, removed, Field.Length > 0);
            }
            catch (DomainException malformed)
            {
                return ([], malformed.Problems[0]);
            }
        }

        private static bool HasKey(JsonNode? item, string field, string key) =>
            item is JsonObject fields && fields[field] is JsonValue value && value.TryGetValue<string>(out var text) && text == key;

        private static void Replace(JsonObject parent, string name, JsonNode? value)
        {
            parent.Remove(name);
            if (value is not null)
            {
                parent[name] = value;
            }
        }

        private static JsonObject Child(JsonObject parent, string name)
        {
            if (parent[name] is JsonObject child)
            {
                return child;
            }

            child = [];
            parent[name] = child;
            return child;
        }
    }

    [GeneratedRegex(@"^narratives\.([A-Za-z0-9._-]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NarrativePath();

    [GeneratedRegex(@"^(programmes|agencies|indicators|scenarios|fundingSources)\[([^\]]+)\](?:\.([A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemPath();
}
