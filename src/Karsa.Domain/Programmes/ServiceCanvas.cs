using Karsa.Domain.Primitives;

namespace Karsa.Domain.Programmes;

/// <summary>
/// The short service canvas of a quick win: the problem it solves, for whom, how, with whom and how
/// success is measured. Every field is optional; a canvas with no field is not kept (see
/// <see cref="IsEmpty"/>).
/// </summary>
public sealed record ServiceCanvas(
    LocalizedText? Problem = null,
    LocalizedText? Users = null,
    LocalizedText? Solution = null,
    LocalizedText? Partners = null,
    LocalizedText? SuccessMeasure = null)
{
    /// <summary>True when no field is filled in.</summary>
    public bool IsEmpty => Problem is null && Users is null && Solution is null && Partners is null && SuccessMeasure is null;
}
