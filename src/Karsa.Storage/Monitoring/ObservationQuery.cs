namespace Karsa.Storage.Monitoring;

/// <summary>Which of a region's observations to read: optionally one indicator, and periods that overlap a range of days.</summary>
/// <param name="Framework">The indicator's framework, with <paramref name="Code"/>; null for every indicator.</param>
/// <param name="Code">The indicator's code; null for every indicator.</param>
/// <param name="From">Only periods ending on or after this day.</param>
/// <param name="To">Only periods starting on or before this day.</param>
public sealed record ObservationQuery(Karsa.Domain.Indicators.IndicatorFramework? Framework = null, string? Code = null, DateOnly? From = null, DateOnly? To = null);
