using Karsa.Domain.Primitives;

namespace Karsa.Domain.Catalogue;

/// <summary>The six smart city dimensions of the Gerakan Menuju 100 Smart City framework.</summary>
public enum Dimension
{
    /// <summary>Smart Governance.</summary>
    Governance,

    /// <summary>Smart Branding.</summary>
    Branding,

    /// <summary>Smart Economy.</summary>
    Economy,

    /// <summary>Smart Living.</summary>
    Living,

    /// <summary>Smart Society.</summary>
    Society,

    /// <summary>Smart Environment.</summary>
    Environment,
}

/// <summary>Names and file keys of the dimensions.</summary>
public static class Dimensions
{
    /// <summary>All six, in the framework's order.</summary>
    public static IReadOnlyList<Dimension> All { get; } = Enum.GetValues<Dimension>();

    /// <summary>The key used in plan files: "governance", "branding", ...</summary>
    public static string Key(this Dimension dimension) => dimension.ToString().ToLowerInvariant();

    /// <summary>Parses a plan-file key, case-insensitively.</summary>
    public static bool TryParse(string? key, out Dimension dimension) =>
        Enum.TryParse(key, ignoreCase: true, out dimension) && Enum.IsDefined(dimension) && !int.TryParse(key, out _);

    /// <summary>The display name, e.g. "Smart Governance".</summary>
    public static LocalizedText Name(this Dimension dimension) => new($"Smart {dimension}", $"Smart {dimension}");
}
