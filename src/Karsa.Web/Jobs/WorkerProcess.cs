using System.Diagnostics;
using Karsa.Application.Jobs;

namespace Karsa.Web.Jobs;

/// <summary>How a worker process ended.</summary>
/// <param name="ExitCode">Its exit code (a signal shows as 128 + the signal).</param>
/// <param name="Last">Its last result or error line, when it wrote one.</param>
/// <param name="Errors">The end of what it wrote on standard error (for the log).</param>
/// <param name="Killed">True when it was killed (cancelled, or the server is stopping).</param>
public sealed record WorkerExit(int ExitCode, WorkerLine? Last, string Errors, bool Killed);

/// <summary>
/// Starts <c>Karsa.Worker</c> for one job through the dotnet host, hands it the request on standard
/// input, passes its progress lines on and kills it (with its children) when told to stop.
/// </summary>
public sealed class WorkerProcess(KarsaJobOptions options)
{
    /// <summary>The worker assembly to run.</summary>
    public string WorkerPath => options.WorkerPath is { Length: > 0 } path ? path : Path.Combine(AppContext.BaseDirectory, "Karsa.Worker.dll");

    /// <summary>The dotnet host: configured, else this process's own when it is <c>dotnet</c>, else DOTNET_HOST_PATH, else <c>dotnet</c> on the PATH.</summary>
    public string Host
    {
        get
        {
            if (options.DotnetHost is { Length: > 0 } configured)
            {
                return configured;
            }

            var own = Environment.ProcessPath;
            if (own is not null && Path.GetFileNameWithoutExtension(own).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            {
                return own;
            }

            return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        }
    }

    /// <summary>Runs the worker on <paramref name="input"/>; <paramref name="progress"/> gets each progress line; <paramref name="stop"/> kills it.</summary>
    public async Task<WorkerExit> RunAsync(WorkerInput input, Action<WorkerLine> progress, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(progress);
        var start = new ProcessStartInfo(Host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(WorkerPath);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in options.WorkerEnvironment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"The worker could not be started: {start.FileName} {WorkerPath}");
        var errors = new TailBuffer();
        process.ErrorDataReceived += (_, e) => errors.Add(e.Data);
        process.BeginErrorReadLine();
        await process.StandardInput.WriteAsync(System.Text.Json.JsonSerializer.Serialize(input, JobJson.Options)).ConfigureAwait(false);
        process.StandardInput.Close();

        WorkerLine? last = null;
        var killed = false;
        await using (stop.Register(() =>
        {
            killed = true;
            Kill(process);
        }))
        {
            while (await process.StandardOutput.ReadLineAsync(CancellationToken.None).ConfigureAwait(false) is { } text)
            {
                switch (WorkerLine.Read(text))
                {
                    case { Type: WorkerLineTypes.Progress } line:
                        progress(line);
                        break;
                    case { } line:
                        last = line;
                        break;
                }
            }

            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return new WorkerExit(process.ExitCode, last, errors.Text, killed);
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has ended already.
        }
    }

    /// <summary>The last lines of standard error, for the log.</summary>
    private sealed class TailBuffer
    {
        private readonly Queue<string> _lines = new();
        private readonly Lock _gate = new();

        public string Text
        {
            get
            {
                lock (_gate)
                {
                    return string.Join('\n', _lines);
                }
            }
        }

        public void Add(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_gate)
            {
                _lines.Enqueue(line);
                while (_lines.Count > 20)
                {
                    _lines.Dequeue();
                }
            }
        }
    }
}
