namespace Karsa.Interchange;

/// <summary>How a plan is read.</summary>
public sealed record PlanReadOptions
{
    /// <summary>New input: every rule is applied, and a broken rule is an error.</summary>
    public static PlanReadOptions Strict { get; } = new();

    /// <summary>
    /// Stored content (e.g. a published version): it was valid when stored, so the rules of
    /// <c>MasterplanRules</c> it breaks today are reported as warnings, keeping their codes
    /// (<c>Masterplan.Restore</c>). Problems of the file itself (syntax, unknown fields, values no
    /// plan can hold) stay errors.
    /// </summary>
    public static PlanReadOptions Stored { get; } = new() { RestoreStored = true };

    /// <summary>True to restore stored content instead of judging it by today's rules.</summary>
    public bool RestoreStored { get; init; }
}
