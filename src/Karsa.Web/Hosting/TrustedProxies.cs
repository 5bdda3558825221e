using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Karsa.Web.Hosting;

/// <summary>
/// Which senders' <c>X-Forwarded-For/Proto/Host</c> headers are believed: the configured proxies and
/// networks (<see cref="KarsaWebOptions.TrustedProxies"/>), else only loopback. A header from anyone
/// else is ignored, so a client cannot pretend to come over TLS or from another address.
/// </summary>
public static class TrustedProxies
{
    /// <summary>Sets <paramref name="forwarded"/> up for <paramref name="proxies"/>; throws naming the setting when an entry is not an address or network.</summary>
    public static void Configure(ForwardedHeadersOptions forwarded, IEnumerable<string> proxies)
    {
        ArgumentNullException.ThrowIfNull(forwarded);
        ArgumentNullException.ThrowIfNull(proxies);
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        var entries = proxies.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        if (entries.Count == 0)
        {
            return;
        }

        forwarded.KnownIPNetworks.Clear();
        forwarded.KnownProxies.Clear();
        foreach (var entry in entries)
        {
            if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
            {
                forwarded.KnownIPNetworks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                forwarded.KnownProxies.Add(address);
            }
            else
            {
                throw new InvalidOperationException(
                    $"Karsa:TrustedProxies has '{entry}', which is neither an IP address (10.0.0.5) nor a network (10.0.0.0/8): correct it in appsettings.json or Karsa__TrustedProxies__N.");
            }
        }
    }
}
