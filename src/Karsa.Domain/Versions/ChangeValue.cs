using Karsa.Domain.Primitives;

namespace Karsa.Domain.Versions;

/// <summary>
/// A value as it stood in one version, typed so that a reader can word it (money in Rupiah, a year, a
/// text in both languages, ...) and compute differences (money and numbers).
/// </summary>
public abstract record ChangeValue;

/// <summary>A text in Indonesian and, when given, English (names, narratives, missions).</summary>
public sealed record TextValue(LocalizedText Text) : ChangeValue;

/// <summary>An amount of money (costs, ceilings, totals).</summary>
public sealed record MoneyValue(Rupiah Amount) : ChangeValue;

/// <summary>A fiscal year (start window, period, baseline year).</summary>
public sealed record YearValue(FiscalYear Year) : ChangeValue;

/// <summary>A calendar day (the book's issue date, a regulation's date).</summary>
public sealed record DateValue(DateOnly Day) : ChangeValue;

/// <summary>A count of whole years (duration, term lengths).</summary>
public sealed record YearsValue(int Years) : ChangeValue;

/// <summary>A plain number (scores, weights, targets, population).</summary>
public sealed record NumberValue(decimal Number) : ChangeValue;

/// <summary>A yes/no setting (mandatory, quick-win candidate).</summary>
public sealed record FlagValue(bool Flag) : ChangeValue;

/// <summary>A code or plan-file key (agency, element, dimension, group), shown as written.</summary>
public sealed record CodeValue(string Code) : ChangeValue;

/// <summary>A finish-to-start dependency on a programme with its lag in years.</summary>
public sealed record DependencyValue(ProgrammeCode Programme, int LagYears) : ChangeValue;
