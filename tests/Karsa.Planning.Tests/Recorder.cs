namespace Karsa.Planning.Tests;

/// <summary>
/// Hands every report to <paramref name="record"/> synchronously, on the reporting thread
/// (<see cref="Progress{T}"/> would post them to the thread pool).
/// </summary>
internal sealed class Recorder<T>(Action<T> record) : IProgress<T>
{
    public void Report(T value) => record(value);
}
