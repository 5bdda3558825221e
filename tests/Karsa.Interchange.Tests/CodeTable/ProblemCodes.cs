using System.Reflection;
using Karsa.Domain.Diagnostics;

namespace Karsa.Interchange.Tests.CodeTable;

/// <summary>
/// Every diagnostic code Karsa can report, discovered by calling each public static method of
/// <see cref="Problems"/> with placeholder arguments and reading the code and severity of the
/// <see cref="Diagnostic"/> it returns.
/// </summary>
internal static class ProblemCodes
{
    private static readonly Lazy<IReadOnlyList<(string Method, Diagnostic Made)>> Made = new(() =>
        [.. typeof(Problems).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(Diagnostic))
            .Select(m => (m.Name, (Diagnostic)m.Invoke(null, [.. m.GetParameters().Select(p => Placeholder(p.ParameterType))])!))]);

    /// <summary>Each factory method's name and the diagnostic it makes.</summary>
    public static IReadOnlyList<(string Method, Diagnostic Made)> Factories => Made.Value;

    /// <summary>Code to severity.</summary>
    public static IReadOnlyDictionary<string, Severity> All => Factories.GroupBy(f => f.Made.Code).ToDictionary(g => g.Key, g => g.First().Made.Severity);

    private static object? Placeholder(Type type) =>
        type == typeof(string) ? "x"
        : type == typeof(Domain.Primitives.LocalizedText) ? new Domain.Primitives.LocalizedText("x", "x")
        : type.IsAssignableFrom(typeof(string[])) ? Array.Empty<string>()
        : type.IsValueType ? Activator.CreateInstance(type)
        : throw new NotSupportedException($"Problems takes a {type}: teach ProblemCodes.Placeholder a value for it");
}
