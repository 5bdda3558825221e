using System.Net;
using System.Net.Sockets;

namespace Karsa.Testing;

/// <summary>Ports for servers a test starts (e.g. a local SMTP server).</summary>
public static class FreePorts
{
    /// <summary>A loopback TCP port that nothing listens on at the moment of asking.</summary>
    public static int Loopback()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
