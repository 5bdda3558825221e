namespace Karsa.Domain.Plans;

/// <summary>
/// Paths into a masterplan, named as in the plan file: fields joined by '.', list items by
/// <c>[index]</c>, keyed entries by their key (e.g. <c>programmes[3].costs.2024</c>). Rules report
/// problems at these paths; readers map them to file positions.
/// </summary>
public static class PlanPaths
{
    /// <summary>The i-th programme.</summary>
    public static string Programme(int index) => $"programmes[{index}]";

    /// <summary>The i-th agency.</summary>
    public static string Agency(int index) => $"agencies[{index}]";

    /// <summary>The i-th indicator.</summary>
    public static string Indicator(int index) => $"indicators[{index}]";

    /// <summary>The i-th criterion.</summary>
    public static string Criterion(int index) => $"criteria.items[{index}]";

    /// <summary>The i-th own element.</summary>
    public static string Element(int index) => $"elements[{index}]";

    /// <summary>The i-th scenario.</summary>
    public static string Scenario(int index) => $"scenarios[{index}]";

    /// <summary>The i-th funding source the plan adds.</summary>
    public static string FundingSource(int index) => $"fundingSources[{index}]";

    /// <summary>Targets of an indicator, or one year's target.</summary>
    public static string Target(string indicator, int? year = null) => year is null ? $"targets.{indicator}" : $"targets.{indicator}.{year}";

    /// <summary>The ceilings of one year, or of one source in it.</summary>
    public static string Ceiling(int year, string? source = null) => source is null ? $"budget.{year}" : $"budget.{year}.{source}";

    /// <summary>The readiness of a dimension.</summary>
    public static string Readiness(string dimension) => $"readiness.dimensions.{dimension}";

    /// <summary>A narrative section.</summary>
    public static string Narrative(string key) => $"narratives.{key}";

    /// <summary>A child field of a path.</summary>
    public static string Field(this string path, string field) => $"{path}.{field}";

    /// <summary>A list item under a path.</summary>
    public static string Item(this string path, int index) => $"{path}[{index}]";
}
