using Karsa.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Jobs;

/// <summary>
/// How many solves (and other long jobs) this server runs at once: at most
/// <see cref="KarsaWebOptions.MaxConcurrentSolves"/>. The job library's thread pool has one thread
/// more, for housekeeping jobs such as <see cref="SendMail"/>, so a long solve never holds up mail;
/// a job that finds no slot goes back to the queue for a moment (<see cref="RunJob"/>).
/// </summary>
public sealed class SolveSlots(IOptions<KarsaWebOptions> options)
{
    private int _taken;

    /// <summary>Takes a slot; false when all are taken.</summary>
    public bool TryTake()
    {
        var capacity = Math.Max(1, options.Value.MaxConcurrentSolves);
        while (true)
        {
            var taken = Volatile.Read(ref _taken);
            if (taken >= capacity)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _taken, taken + 1, taken) == taken)
            {
                return true;
            }
        }
    }

    /// <summary>Gives a slot back.</summary>
    public void Release() => Interlocked.Decrement(ref _taken);
}
