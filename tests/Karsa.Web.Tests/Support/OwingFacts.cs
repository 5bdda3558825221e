using Karsa.Application.Monitoring;
using Karsa.Domain.Primitives;

namespace Karsa.Web.Tests.Support;

/// <summary>Progress facts as a test sets them: the agencies in <see cref="Owing"/> owe every region's every year (the real facts are the progress feature's).</summary>
internal sealed class OwingFacts : IProgressFacts
{
    /// <summary>The agencies that owe.</summary>
    public HashSet<string> Owing { get; } = new(StringComparer.Ordinal);

    public Task<MonitoringFacts?> FactsAsync(RegionCode region, FiscalYear year, CancellationToken cancellationToken) => Task.FromResult<MonitoringFacts?>(null);

    public Task<IReadOnlySet<string>> AgenciesOwingAsync(RegionCode region, FiscalYear year, DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (Owing)
        {
            return Task.FromResult<IReadOnlySet<string>>(Owing.ToHashSet(StringComparer.Ordinal));
        }
    }
}
