using System.Net;

namespace Karsa.Bench.Web;

/// <summary>
/// Asks for every path once, four at a time, and waits for every answer, so the measured run finds
/// each page as a steady server would (its caches filled, its code compiled): a timed warm-up alone
/// may end before the first pass over hundreds of paths does.
/// </summary>
internal static class WarmUp
{
    public static async Task EveryPathAsync(Uri address, IReadOnlyList<string> paths, RequestHeader? header)
    {
        using var handler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
        await Parallel.ForEachAsync(paths, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (path, cancellationToken) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            if (header is not null)
            {
                request.Headers.Add(header.Name, header.Value);
            }

            using var answer = await client.SendAsync(request, cancellationToken);
            if (answer.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"Warm-up: {path} answered {(int)answer.StatusCode}");
            }
        });
    }
}
