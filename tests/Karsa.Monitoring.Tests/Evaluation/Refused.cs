using Karsa.Domain.Diagnostics;

namespace Karsa.Monitoring.Tests.Evaluation;

/// <summary>Runs what should be refused and gives the problems' codes and paths.</summary>
internal static class Refused
{
    public static IReadOnlyList<(string Code, string Path)> By(Action act) =>
        [.. Assert.Throws<DomainException>(act).Problems.Select(p => (p.Code, p.Path))];

    public static IReadOnlyList<(string Code, string Path)> By(Func<object> make) => By(() => { _ = make(); });
}
