using System.Diagnostics;

/// <summary>
/// A .NET startup hook for crash tests (<c>DOTNET_STARTUP_HOOKS=path/Karsa.Testing.PauseBeforeCommit.dll</c>),
/// so that production code carries no test seam. When <c>KARSA_TEST_PAUSE_BEFORE_COMMIT</c> names a file,
/// it listens to EF Core's diagnostic events and, at the commit of the first transaction that wrote a
/// plan version, creates that file and blocks, so the test can kill the process at that moment.
/// </summary>
#pragma warning disable CA1050 // The runtime finds a startup hook by this exact name, outside any namespace.
internal static class StartupHook
#pragma warning restore CA1050
{
    /// <summary>Called by the runtime before <c>Main</c>.</summary>
    public static void Initialize()
    {
        var marker = Environment.GetEnvironmentVariable("KARSA_TEST_PAUSE_BEFORE_COMMIT");
        if (!string.IsNullOrEmpty(marker))
        {
            DiagnosticListener.AllListeners.Subscribe(new Karsa.Testing.PauseBeforeCommit.CommitPause(marker));
        }
    }
}
