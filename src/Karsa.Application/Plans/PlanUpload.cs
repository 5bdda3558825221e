using Karsa.Interchange;

namespace Karsa.Application.Plans;

/// <summary>A plan file that arrived as content (an upload, an API body, the embedded sample) rather than a path.</summary>
/// <param name="Text">The file's text.</param>
/// <param name="FileName">Its name, used in diagnostics (file:line:column).</param>
/// <param name="Format">YAML or JSON.</param>
public sealed record PlanUpload(string Text, string FileName, PlanFormat Format);
