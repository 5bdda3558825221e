namespace Karsa.Storage.Monitoring;

/// <summary>How many indicators a region has reported.</summary>
/// <param name="Region">The region's code.</param>
/// <param name="Indicators">Distinct (framework, code) pairs with at least one observation in the range asked.</param>
public sealed record ReportedIndicators(string Region, int Indicators);
