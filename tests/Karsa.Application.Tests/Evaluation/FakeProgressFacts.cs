using Karsa.Application.Monitoring;
using Karsa.Domain.Primitives;

namespace Karsa.Application.Tests.Evaluation;

/// <summary>Stands in for the stored progress: fixed facts per region, none for a region not listed.</summary>
internal sealed class FakeProgressFacts(IReadOnlyDictionary<RegionCode, MonitoringFacts> facts) : IProgressFacts
{
    public Task<MonitoringFacts?> FactsAsync(RegionCode region, FiscalYear year, CancellationToken cancellationToken) =>
        Task.FromResult(facts.GetValueOrDefault(region));

    public Task<IReadOnlySet<string>> AgenciesOwingAsync(RegionCode region, FiscalYear year, DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(new HashSet<string>());
}
