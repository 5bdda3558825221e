using Karsa.Monitoring.Progress.Evidence;
using Karsa.Storage.Progress;

namespace Karsa.Application.Progress;

/// <summary>An upload staged and accepted by the evidence policy, not kept yet; disposing it without keeping it leaves nothing behind.</summary>
internal sealed class CheckedEvidence(StagedEvidence staged, AcceptedEvidence accepted) : IDisposable
{
    public StagedEvidence Staged { get; } = staged;

    public AcceptedEvidence Accepted { get; } = accepted;

    public void Dispose() => Staged.Dispose();
}
