namespace Karsa.Domain.Versions;

/// <summary>An item of the older version matched with the same item of the newer one; either side is null when the item was added or removed.</summary>
internal readonly record struct Pair<T>(T? Old, T? New)
    where T : class
{
    /// <summary>Added, removed, changed, or null when both sides are equal.</summary>
    public ChangeKind? Kind => (Old, New) switch
    {
        (null, _) => ChangeKind.Added,
        (_, null) => ChangeKind.Removed,
        _ when EqualityComparer<T>.Default.Equals(Old, New) => null,
        _ => ChangeKind.Changed,
    };

    /// <summary>The newer side when there is one, else the older.</summary>
    public T Either => New ?? Old!;
}
