using System.Text.Json;
using Karsa.Application;
using Karsa.Application.Jobs;
using Karsa.Domain.Primitives;

namespace Karsa.Worker;

/// <summary>
/// Runs one job: reads a <see cref="WorkerInput"/> (JSON) from standard input, runs
/// <see cref="JobWork"/>, writes progress lines and then the result (or the use case's error) as JSON
/// lines on standard output. Exit codes: 0 with a result, 2 when the use case refused, 64 for a bad
/// input. Anything else (a crash, a native abort, a kill) is the runner's to report.
/// </summary>
public static class WorkerRun
{
    /// <summary>The exit code when the use case refused (the error line says why).</summary>
    public const int Refused = 2;

    /// <summary>The exit code for input that is not a worker request.</summary>
    public const int BadInput = 64;

    /// <summary>
    /// Names a test mode (set only by tests through the web server's worker environment): <c>abort</c>
    /// stops the process as a native abort would; <c>hold:PATH</c> waits until the file PATH exists before working.
    /// </summary>
    public const string TestModeVariable = "KARSA_WORKER_TEST_MODE";

    /// <summary>Runs the job read from <paramref name="input"/>, writing to <paramref name="output"/>.</summary>
    public static async Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        WorkerInput? request;
        try
        {
            request = JsonSerializer.Deserialize<WorkerInput>(await input.ReadToEndAsync(cancellationToken).ConfigureAwait(false), JobJson.Options);
        }
        catch (JsonException problem)
        {
            request = null;
            await output.WriteLineAsync(new WorkerLine(WorkerLineTypes.Error, $"Masukan pekerja tidak sah: {problem.Message}", $"Invalid worker input: {problem.Message}").Write()).ConfigureAwait(false);
        }

        if (request?.Request is null)
        {
            return BadInput;
        }

        var lines = new LineWriter(output);
        await TestModeAsync(lines, cancellationToken).ConfigureAwait(false);
        var result = await JobWork.RunAsync(request, lines, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            lines.Write(WorkerLine.Of(result.Error));
            return Refused;
        }

        lines.Write(new WorkerLine(WorkerLineTypes.Result, Result: result.Value.Json, File: result.Value.File));
        return 0;
    }

    private static async Task TestModeAsync(LineWriter lines, CancellationToken cancellationToken)
    {
        var mode = Environment.GetEnvironmentVariable(TestModeVariable);
        if (string.IsNullOrEmpty(mode))
        {
            return;
        }

        lines.Report(new UseCaseProgress("test", new LocalizedText("Mode uji pekerja", "Worker test mode"), 0.01));
        if (mode == "abort")
        {
            Environment.FailFast("Check failed: solution->size() == postsolve_mapping.size() (a test of the abort path)");
        }

        if (mode.StartsWith("hold:", StringComparison.Ordinal))
        {
            while (!File.Exists(mode["hold:".Length..]))
            {
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes whole lines, one at a time, flushed at once (progress comes from the solver's threads).</summary>
    private sealed class LineWriter(TextWriter output) : IProgress<UseCaseProgress>
    {
        private readonly Lock _gate = new();

        public void Report(UseCaseProgress value) => Write(WorkerLine.Of(value));

        public void Write(WorkerLine line)
        {
            lock (_gate)
            {
                output.WriteLine(line.Write());
                output.Flush();
            }
        }
    }
}
