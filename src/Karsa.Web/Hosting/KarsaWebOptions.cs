namespace Karsa.Web.Hosting;

/// <summary>
/// The web app's settings, from the <c>Karsa</c> section of <c>appsettings.json</c> or the environment
/// (e.g. <c>Karsa__Database</c>).
/// </summary>
public sealed class KarsaWebOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Karsa";

    /// <summary>
    /// Where the database is, as <c>karsa --db</c> takes it: empty for the default SQLite file in the
    /// user's data folder, a file path, or a PostgreSQL connection string or URL.
    /// </summary>
    public string Database { get; set; } = "";

    /// <summary>Load the Karanganyar sample on first start, when the database holds no plan.</summary>
    public bool LoadSample { get; set; } = true;

    /// <summary>How many roadmap solves this server runs at once; more wait in the queue.</summary>
    public int MaxConcurrentSolves { get; set; } = 1;

    /// <summary>The address users reach the app at (for links printed or mailed); empty: the first address Kestrel listens on.</summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>
    /// A PKCS#12 (.pfx) file whose certificate encrypts the data-protection keys stored in the database;
    /// empty: the keys are stored unencrypted (protect the database instead). Every server needs the same one.
    /// </summary>
    public string DataProtectionCertificate { get; set; } = "";

    /// <summary>The password of <see cref="DataProtectionCertificate"/>, if it has one.</summary>
    public string? DataProtectionCertificatePassword { get; set; }

    /// <summary>
    /// The reverse proxies or load balancers whose <c>X-Forwarded-*</c> headers are believed, as IP
    /// addresses or networks (<c>10.0.0.0/8</c>); empty: only a proxy on this machine (loopback).
    /// </summary>
    public IList<string> TrustedProxies { get; } = [];
}
