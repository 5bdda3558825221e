using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Indicators;

/// <summary>
/// A grouping of a framework's indicators: an ISO theme (clause "5"), a U4SSC dimension, sub-dimension
/// or category ("EC: ICT: ICT"), an SPBE domain or aspect ("A1"). <see cref="Parent"/> is the enclosing
/// group's code, null at the top.
/// </summary>
public sealed record CatalogueGroup(string Code, LocalizedText Name, string? Parent);
