using System.Collections.Concurrent;
using Karsa.Storage;
using Karsa.Storage.Monitoring;

namespace Karsa.Application.Indicators;

/// <summary>One <see cref="ObservationStore"/> per database for the process (the stores are thread-safe).</summary>
internal static class ObservationAccess
{
    private static readonly ConcurrentDictionary<string, ObservationStore> Shared = new(StringComparer.Ordinal);

    /// <summary>The store of <paramref name="database"/> (the <c>--db</c> value).</summary>
    public static ObservationStore Of(string? database) =>
        Shared.GetOrAdd(database ?? string.Empty, _ => ObservationStore.Open(DatabaseLocation.Parse(database)));
}
