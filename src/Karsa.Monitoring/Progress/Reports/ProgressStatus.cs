using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Progress.Reports;

/// <summary>
/// One reporting status, e.g. <c>berjalan</c> ("under way", 50 %). Invariants: the key is a progress
/// key (<c>berjalan</c>, <c>belum-mulai</c>); the default progress is within 0..100 and agrees with the
/// meaning (0 when not started, 100 when completed).
/// </summary>
public sealed record ProgressStatus
{
    /// <summary>Creates a status, checking its invariants.</summary>
    public ProgressStatus(string key, LocalizedText name, decimal defaultPercent, ProgressMeaning meaning)
    {
        ArgumentNullException.ThrowIfNull(name);
        Key = ProgressFields.Key(key, new LocalizedText("status", "status"), "key");
        DefaultPercent = ProgressFields.Percent(defaultPercent, new LocalizedText("kemajuan bawaan", "default progress"), "defaultPercent");
        Meaning = meaning;
        Name = name;
        CheckAgrees(defaultPercent, "defaultPercent");
    }

    /// <summary>The key reports and files use.</summary>
    public string Key { get; }

    /// <summary>The name shown to users.</summary>
    public LocalizedText Name { get; }

    /// <summary>The progress a report with this status has when it gives none.</summary>
    public decimal DefaultPercent { get; }

    /// <summary>What the status means for the rules.</summary>
    public ProgressMeaning Meaning { get; }

    /// <summary>Throws KRS116 at <paramref name="path"/> when <paramref name="percent"/> contradicts the meaning.</summary>
    internal void CheckAgrees(decimal percent, string path)
    {
        var allowed = Meaning switch
        {
            ProgressMeaning.NotStarted when percent != 0m => "0",
            ProgressMeaning.Completed when percent != 100m => "100",
            _ => null,
        };
        if (allowed is not null)
        {
            throw new DomainException(Problems.ProgressContradictsStatus(Key, percent, allowed).Under(path));
        }
    }
}
