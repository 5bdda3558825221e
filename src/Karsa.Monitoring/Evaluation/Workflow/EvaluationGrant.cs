namespace Karsa.Monitoring.Evaluation.Workflow;

/// <summary>One row of the policy: in <paramref name="State"/>, <paramref name="Party"/> may do <paramref name="Action"/>.</summary>
/// <param name="State">The cycle's state.</param>
/// <param name="Party">Who acts.</param>
/// <param name="Action">What they may do.</param>
public sealed record EvaluationGrant(CycleState State, EvaluationParty Party, EvaluationAction Action);

/// <summary>A move of the cycle: <paramref name="Action"/> takes it from <paramref name="From"/> to <paramref name="To"/>.</summary>
/// <param name="From">The state before.</param>
/// <param name="Action">The action that moves it.</param>
/// <param name="To">The state after.</param>
public sealed record CycleTransition(CycleState From, EvaluationAction Action, CycleState To);
