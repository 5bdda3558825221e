using Karsa.Worker;

// The worker process: one job's work, outside the web server (see WorkerRun).
Console.OutputEncoding = System.Text.Encoding.UTF8;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await WorkerRun.RunAsync(Console.In, Console.Out, cancel.Token);
