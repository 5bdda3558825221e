using System.Diagnostics;

namespace Karsa.Testing.PauseBeforeCommit;

/// <summary>
/// Watches EF Core's events: once a command has written to <c>plan_versions</c>, the next transaction
/// commit writes the marker file and waits (until the test kills the process).
/// </summary>
internal sealed class CommitPause(string marker) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private const string CommandExecuting = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting";
    private const string TransactionCommitting = "Microsoft.EntityFrameworkCore.Database.Transaction.TransactionCommitting";

    private volatile bool _planWritten;

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.EntityFrameworkCore")
        {
            value.Subscribe(this);
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        // An event's text is its log message, which for a command holds the SQL.
        if (value.Key == CommandExecuting && value.Value?.ToString() is { } sql && sql.Contains("plan_versions", StringComparison.Ordinal)
            && (sql.Contains("INSERT", StringComparison.Ordinal) || sql.Contains("UPDATE", StringComparison.Ordinal)))
        {
            _planWritten = true;
        }
        else if (value.Key == TransactionCommitting && _planWritten)
        {
            File.WriteAllText(marker, "paused");
            Thread.Sleep(TimeSpan.FromMinutes(10));
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
