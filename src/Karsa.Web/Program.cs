using Karsa.Web.Hosting;

var app = KarsaWebApp.Build(args);
await app.RunAsync().ConfigureAwait(false);

/// <summary>The web host's entry point (named for <c>WebApplicationFactory&lt;Program&gt;</c> in tests).</summary>
public partial class Program;
