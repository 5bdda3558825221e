namespace Karsa.Cli.Output;

/// <summary>
/// An <see cref="IProgress{T}"/> that hands each report on at once, on the reporting thread
/// (<see cref="Progress{T}"/> queues reports on the thread pool, which can reorder them).
/// </summary>
internal sealed class ImmediateProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
