namespace Karsa.Planning.Roadmaps;

/// <summary>
/// Progress of the "what it would take" re-solves that follow the roadmap's own solve: the re-solve
/// for programme <paramref name="Code"/> is starting, <paramref name="Done"/> of <paramref name="Total"/> are finished.
/// </summary>
/// <param name="Done">Re-solves finished so far.</param>
/// <param name="Total">Re-solves this roadmap needs.</param>
/// <param name="Code">The code of the programme whose re-solve is starting.</param>
public sealed record WhatIfProgress(int Done, int Total, string Code);
