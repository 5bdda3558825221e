using Karsa.Application.Editing;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Storage;
using Karsa.Testing;

namespace Karsa.Application.Tests.Plans;

/// <summary>The programme form has no fields for the programme sheet; saving it keeps what the plan holds there.</summary>
public class ProgrammeFormSheetTests
{
    [Fact]
    public void Saving_the_programme_form_keeps_objective_outputs_outcomes_renstra_and_canvas()
    {
        var minimal = SamplePlans.Minimal();
        var original = minimal.Programmes[0];
        var sheeted = new Programme(original.Code, original.Name, original.Dimension, original.Element, original.LeadAgency, original.DurationYears, original.Costs,
            original.Kind, quickWinCandidate: original.QuickWinCandidate,
            objective: "Warga terlayani daring",
            outputs: [new ProgrammeResult("Aplikasi beroperasi", unit: "aplikasi", targets: [new ResultTarget(new FiscalYear(2022), 1)])],
            outcomes: [new ProgrammeResult("Warga puas", unit: "%")],
            renstraReference: "Renstra Diskominfo Program 2",
            serviceCanvas: new ServiceCanvas(Problem: "Antre"));
        var plan = Masterplan.Create(minimal with { Programmes = [sheeted] });
        var view = new DraftView(plan, new PlanVersionSummary("33.13", "Karanganyar", 1, PlanState.Draft, "Uji", 2022, 2031, 1, 0, DateTimeOffset.UnixEpoch, null, "token", null));
        var fields = ProgrammeForm.Of(sheeted);

        var edits = ProgrammeForm.Edits(view, sheeted.Code.Value, fields);

        Assert.Empty(edits.Problems);
        var saved = Assert.IsType<ChangeProgramme>(Assert.Single(edits.Edits)).Programme;
        Assert.Equal(sheeted, saved);
    }
}
