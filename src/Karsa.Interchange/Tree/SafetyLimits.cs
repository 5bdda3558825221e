namespace Karsa.Interchange.Tree;

/// <summary>The limits a plan file must stay within (see docs/plan-file.md).</summary>
internal static class SafetyLimits
{
    /// <summary>Largest file accepted, in bytes (16 MiB).</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>Deepest nesting of mappings and lists.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most nodes (keys, values and items) in one file.</summary>
    public const int MaxNodes = 1_000_000;
}
