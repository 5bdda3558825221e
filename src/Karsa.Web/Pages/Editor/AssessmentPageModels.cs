using Karsa.Application.Editing;
using Karsa.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Editor;

/// <summary>The readiness of each dimension on the three pillars, as one grid.</summary>
public sealed class ReadinessModel(IOptions<KarsaWebOptions> options) : SectionFormModel(options, SectionForm.Readiness, "kesiapan");

/// <summary>The SWOT items, quadrant by quadrant.</summary>
public sealed class SwotModel(IOptions<KarsaWebOptions> options) : SectionFormModel(options, SectionForm.Swot, "swot");

/// <summary>The development strategies, in order.</summary>
public sealed class StrategiesModel(IOptions<KarsaWebOptions> options) : SectionFormModel(options, SectionForm.Strategies, "strategi");
