using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Domain.Plans;

/// <summary>
/// The finish-to-start dependencies between programmes as a graph: cycle detection and the earliest
/// year each programme can start once everything it waits for has run.
/// </summary>
public sealed class DependencyGraph
{
    private readonly Dictionary<ProgrammeCode, Programme> _byCode;

    /// <summary>Builds the graph over programmes with unique codes; dependencies on unknown codes are ignored.</summary>
    public DependencyGraph(IEnumerable<Programme> programmes)
    {
        _byCode = [];
        foreach (var programme in programmes)
        {
            _byCode.TryAdd(programme.Code, programme);
        }
    }

    /// <summary>
    /// Every elementary cycle found by depth-first search, each listed once as the codes along it with
    /// the first code repeated at the end (e.g. A -> B -> C -> A).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<ProgrammeCode>> Cycles()
    {
        var state = new Dictionary<ProgrammeCode, int>(); // 0 new, 1 on stack, 2 done
        var stack = new List<ProgrammeCode>();
        var cycles = new List<IReadOnlyList<ProgrammeCode>>();

        void Visit(ProgrammeCode code)
        {
            state[code] = 1;
            stack.Add(code);
            foreach (var dependency in _byCode[code].DependsOn)
            {
                var next = dependency.Programme;
                if (!_byCode.ContainsKey(next))
                {
                    continue;
                }

                var nextState = state.GetValueOrDefault(next);
                if (nextState == 0)
                {
                    Visit(next);
                }
                else if (nextState == 1)
                {
                    var start = stack.IndexOf(next);
                    cycles.Add([.. stack.Skip(start), next]);
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[code] = 2;
        }

        foreach (var code in _byCode.Keys)
        {
            if (state.GetValueOrDefault(code) == 0)
            {
                Visit(code);
            }
        }

        return cycles;
    }

    /// <summary>
    /// The earliest start year of every programme given its own earliest start and everything it waits
    /// for (predecessor's start + duration + lag). Only meaningful for an acyclic graph; programmes on a
    /// cycle are left out.
    /// </summary>
    public IReadOnlyDictionary<ProgrammeCode, int> EarliestStarts(Func<Programme, int> ownEarliest)
    {
        ArgumentNullException.ThrowIfNull(ownEarliest);
        var result = new Dictionary<ProgrammeCode, int>();
        var visiting = new HashSet<ProgrammeCode>();

        int? Resolve(ProgrammeCode code)
        {
            if (result.TryGetValue(code, out var known))
            {
                return known;
            }

            if (!visiting.Add(code))
            {
                return null;
            }

            var programme = _byCode[code];
            var earliest = ownEarliest(programme);
            foreach (var dependency in programme.DependsOn)
            {
                if (!_byCode.TryGetValue(dependency.Programme, out var predecessor))
                {
                    continue;
                }

                var predecessorStart = Resolve(dependency.Programme);
                if (predecessorStart is null)
                {
                    visiting.Remove(code);
                    return null;
                }

                earliest = Math.Max(earliest, predecessor.SuccessorsFrom(predecessorStart.Value) + dependency.LagYears);
            }

            visiting.Remove(code);
            result[code] = earliest;
            return earliest;
        }

        foreach (var code in _byCode.Keys)
        {
            Resolve(code);
        }

        return result;
    }
}
