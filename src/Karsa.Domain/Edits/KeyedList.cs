using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Domain.Edits;

/// <summary>
/// A list of the content whose items are known by a key (agencies and indicators by code, scenarios by
/// name) and what the edits that set or remove one item share: the item's place, the parts that still
/// refer to a key (removing the item or changing its key is refused while there are any), and where
/// the items after a removed one were before. Setting an item whose old key is not listed adds it last;
/// removing a key that is not listed does nothing.
/// </summary>
/// <param name="Section">The list's path, e.g. <c>agencies</c> (items at <c>agencies[i]</c>).</param>
/// <param name="KeyField">The item's key field, e.g. <c>code</c>.</param>
/// <param name="Items">The list in a content.</param>
/// <param name="WithItems">A content with the list replaced.</param>
/// <param name="KeyOf">An item's key (its code or name as written).</param>
/// <param name="Users">What in a content still refers to a key (e.g. programme codes); null when nothing can.</param>
/// <param name="InUse">The problem of a key still in use.</param>
internal sealed record KeyedList<T>(
    string Section,
    string KeyField,
    Func<MasterplanContent, ValueList<T>> Items,
    Func<MasterplanContent, ValueList<T>, MasterplanContent> WithItems,
    Func<T, string> KeyOf,
    Func<MasterplanContent, string, IReadOnlyList<string>>? Users = null,
    Func<string, IReadOnlyList<string>, Diagnostic>? InUse = null)
    where T : class
{
    /// <summary>The index of the item with <paramref name="key"/>, or -1.</summary>
    public int IndexOf(MasterplanContent content, string key) => Items(content).FirstIndex(item => Same(KeyOf(item), key));

    /// <summary>
    /// <paramref name="item"/> in place of the item keyed <paramref name="replacing"/>, or last when that
    /// is null or not listed. A change of key that something still refers to is refused at
    /// <c>SECTION[i].KEYFIELD</c>; a key taken by another item is left to the plan's rules.
    /// </summary>
    public MasterplanContent Set(MasterplanContent content, string? replacing, T item, ICollection<Diagnostic> problems)
    {
        var at = replacing is null ? -1 : IndexOf(content, replacing);
        if (at < 0)
        {
            return WithItems(content, Items(content).Append(item).ToValueList());
        }

        if (!Same(KeyOf(item), replacing!) && Refused(content, replacing!, Section.Item(at).Field(KeyField), problems))
        {
            return content;
        }

        return WithItems(content, ListEdits.Put(Items(content), item, x => Same(KeyOf(x), replacing!)));
    }

    /// <summary>The content without the item keyed <paramref name="key"/>; refused at <c>SECTION[i]</c> while something refers to it.</summary>
    public MasterplanContent Remove(MasterplanContent content, string key, ICollection<Diagnostic> problems)
    {
        var at = IndexOf(content, key);
        return at < 0 || Refused(content, key, Section.Item(at), problems)
            ? content
            : WithItems(content, Items(content).Where((_, i) => i != at).ToValueList());
    }

    /// <summary>Where <paramref name="path"/> of the content after removing <paramref name="key"/> was in <paramref name="before"/>.</summary>
    public string PathBefore(string path, MasterplanContent before, string key) => ListPaths.Before(path, Section, IndexOf(before, key));

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.Ordinal);

    private bool Refused(MasterplanContent content, string key, string path, ICollection<Diagnostic> problems)
    {
        var users = Users?.Invoke(content, key) ?? [];
        if (users.Count == 0 || InUse is null)
        {
            return false;
        }

        problems.Add(InUse(key, users).Under(path));
        return true;
    }
}
