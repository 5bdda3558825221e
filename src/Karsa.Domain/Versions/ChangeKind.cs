namespace Karsa.Domain.Versions;

/// <summary>How something differs between the older and the newer version of a plan.</summary>
public enum ChangeKind
{
    /// <summary>Only the newer version has it.</summary>
    Added,

    /// <summary>Only the older version has it.</summary>
    Removed,

    /// <summary>Both versions have it, with different content.</summary>
    Changed,
}

/// <summary>Helpers for <see cref="ChangeKind"/>.</summary>
internal static class ChangeKinds
{
    /// <summary>Added when there was nothing before, removed when there is nothing after, else changed.</summary>
    public static ChangeKind Between(object? old, object? @new) =>
        old is null ? ChangeKind.Added : @new is null ? ChangeKind.Removed : ChangeKind.Changed;
}
