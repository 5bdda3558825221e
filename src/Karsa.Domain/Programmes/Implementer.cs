using Karsa.Domain.Diagnostics;

namespace Karsa.Domain.Programmes;

/// <summary>A body outside the regency's agencies that carries out (part of) a programme, e.g. a village government.</summary>
public sealed record Implementer
{
    /// <summary>Creates an implementer; its name must not be blank.</summary>
    public Implementer(string name, ImplementerKind kind = ImplementerKind.Other)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException(Problems.EmptyText().Under("name"));
        }

        Name = name.Trim();
        Kind = kind;
    }

    /// <summary>Its name as the plan writes it, e.g. "Pemerintah Desa Jantiharjo".</summary>
    public string Name { get; }

    /// <summary>What kind of body it is.</summary>
    public ImplementerKind Kind { get; }
}
