using System.Diagnostics;

namespace Karsa.Cli.Tests;

/// <summary>Runs <c>karsa</c> in-process (fast) or as a real child process (for kill tests).</summary>
internal static class CliRunner
{
    public static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await KarsaCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>karsa</c> in-process with tables and help fitted to <paramref name="width"/> columns.</summary>
    public static async Task<(int Exit, string Out, string Error)> RunAtWidthAsync(int width, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await KarsaCli.RunAsync(args, output, error, width);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Starts <c>karsa</c> as a child process with extra environment variables.</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var karsa = Path.Combine(AppContext.BaseDirectory, "karsa.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(karsa);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>The repository root (where Karsa.sln is), found upwards from the test binaries.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Karsa.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("Karsa.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string SamplePlan => Path.Combine(RepositoryRoot, "samples", "karanganyar", "masterplan.yaml");

    /// <summary>Imports the sample into <paramref name="db"/>, adopts its roadmap and publishes it as version 1, asserting each step.</summary>
    public static async Task PublishSampleAsync(string db)
    {
        foreach (var step in new[] { new[] { "import", SamplePlan }, ["roadmap", "33.13", "--adopt", "--time-limit", "60", "--format", "json"], ["publish", "33.13"] })
        {
            var (exit, _, error) = await RunAsync([.. step, "--db", db]);
            Assert.True(exit == 0, $"karsa {string.Join(' ', step)}: {error}");
        }
    }
}

/// <summary>A temporary folder deleted at the end of a test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "karsa-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
