namespace Karsa.Application;

/// <summary>
/// One progress report of a use case: what it is doing now, in both languages, and how far along it
/// is when that is known. Front doors show it (a status line, a web progress bar); use cases never
/// print.
/// </summary>
/// <param name="Stage">The stage, e.g. "solving" or "writing-book".</param>
/// <param name="Message">What is happening, in Indonesian and English.</param>
/// <param name="Fraction">Done so far, 0..1, when known.</param>
public sealed record UseCaseProgress(string Stage, Domain.Primitives.LocalizedText Message, double? Fraction = null);
