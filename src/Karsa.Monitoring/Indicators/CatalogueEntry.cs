using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Indicators;

/// <summary>
/// One indicator of a framework's catalogue: its code (e.g. "5.1", "EC: ICT: ICT: 1C", "12"), kind,
/// innermost group and short title. <see cref="TitleVerified"/> is false when the shipped title could
/// not be checked against the source (the code and group are always from the source).
/// </summary>
public sealed record CatalogueEntry(IndicatorFramework Framework, string Code, IndicatorKind Kind, string Group, LocalizedText Title, bool TitleVerified = true);
