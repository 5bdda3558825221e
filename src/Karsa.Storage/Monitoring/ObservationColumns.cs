namespace Karsa.Storage.Monitoring;

/// <summary>The names of <c>indicator_observations</c> and its columns, shared by the model and the bulk SQL.</summary>
internal static class ObservationColumns
{
    public const string Table = "indicator_observations";
    public const string UniqueKey = "ux_indicator_observations_key";
    public const string Region = "region_code";
    public const string Framework = "framework";
    public const string Code = "code";
    public const string Kind = "period_kind";
    public const string PeriodStart = "period_start";
    public const string PeriodEnd = "period_end";
    public const string Value = "value";
    public const string Source = "source";
    public const string Evidence = "evidence_id";
    public const string RecordedBy = "recorded_by";
    public const string RecordedAt = "recorded_at";

    /// <summary>The columns of the natural key, in index order.</summary>
    public const string Key = $"{Region}, {Framework}, {Code}, {PeriodStart}, {PeriodEnd}";

    /// <summary>The columns an observation brings (everything but id and who/when).</summary>
    public const string Data = $"{Key}, {Kind}, {Value}, {Source}, {Evidence}";

    /// <summary>What re-recording replaces, but only when something changed (else the row keeps who/when).</summary>
    public const string Replace = $"""
        DO UPDATE SET {Kind} = excluded.{Kind}, {Value} = excluded.{Value}, {Source} = excluded.{Source},
            {Evidence} = excluded.{Evidence}, {RecordedBy} = excluded.{RecordedBy}, {RecordedAt} = excluded.{RecordedAt}
        """;

    /// <summary>True when a re-recorded observation differs from the stored one (so unchanged rows keep who/when).</summary>
    public const string Changed = $"""
        ({Table}.{Kind} IS DISTINCT FROM excluded.{Kind} OR {Table}.{Value} IS DISTINCT FROM excluded.{Value}
            OR {Table}.{Source} IS DISTINCT FROM excluded.{Source} OR {Table}.{Evidence} IS DISTINCT FROM excluded.{Evidence})
        """;
}
