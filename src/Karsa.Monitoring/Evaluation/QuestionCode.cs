using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Evaluation;

/// <summary>
/// Identifies a question of an evaluation instrument, e.g. <c>OUT-03</c>. Follows the one code rule of
/// <see cref="Codes"/>; a malformed code is reported as a malformed criterion code (KRS011), the
/// questions being the instrument's criteria.
/// </summary>
public readonly record struct QuestionCode
{
    /// <summary>Creates a code, validating its form.</summary>
    public QuestionCode(string value) => Value = Codes.Validate(value, CodeKind.Criterion);

    /// <summary>The code text.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => Value;
}
