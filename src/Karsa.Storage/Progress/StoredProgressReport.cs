using Karsa.Monitoring.Progress.Reports;
using Karsa.Storage.Monitoring;

namespace Karsa.Storage.Progress;

/// <summary>A stored report with its concurrency token and who changed it last, when.</summary>
/// <param name="Report">The report (its evidence included).</param>
/// <param name="Revision">The concurrency token to send back with a change.</param>
/// <param name="ReportedBy">Who made the last change.</param>
/// <param name="ReportedAt">When (UTC).</param>
public sealed record StoredProgressReport(ProgressReport Report, int Revision, string ReportedBy, DateTimeOffset ReportedAt);

/// <summary>What saving one report did.</summary>
/// <param name="Changed">False when the stored report already said the same (nothing was written).</param>
/// <param name="Revision">The report's revision now.</param>
public sealed record ProgressSave(bool Changed, int Revision);

/// <summary>What an import did.</summary>
/// <param name="ReportsRead">Reports in the import.</param>
/// <param name="ReportsChanged">Reports inserted or changed; one already stored unchanged is not counted.</param>
/// <param name="Observations">What the indicator observations did.</param>
public sealed record ProgressImportOutcome(int ReportsRead, int ReportsChanged, ObservationUpsert Observations);

/// <summary>
/// A save refused because the report changed since the caller read it (another revision), or another
/// writer created it first. Nothing was written; reload the report and apply the change again.
/// </summary>
public sealed class ProgressConflictException : StorageException
{
    /// <summary>Creates the conflict for <paramref name="programme"/> and <paramref name="year"/>.</summary>
    public ProgressConflictException(ProgrammeReference programme, int year, Exception? innerException = null)
        : base(new Karsa.Domain.Primitives.LocalizedText(
            $"Laporan {programme} tahun {year} telah diubah orang lain setelah Anda membukanya. Tidak ada yang disimpan; muat ulang laporan dan ulangi perubahan Anda.",
            $"The report {programme} for {year} was changed by someone else after you opened it. Nothing was saved; reload the report and apply your change again."), innerException)
    {
    }

    /// <summary>Not used; present for exception conventions.</summary>
    public ProgressConflictException()
    {
    }

    /// <summary>Not used; present for exception conventions.</summary>
    public ProgressConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Not used; present for exception conventions.</summary>
    public ProgressConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
