using Karsa.Documents.Model;

namespace Karsa.Documents.Building;

/// <summary>
/// Buku II: policy, institutions and staffing: regulations, the smart city council, the implementing
/// team and human resources from the plan's <c>sections.institutions</c>, and a last section naming
/// the enacting regulation when the front matter gives it.
/// </summary>
internal static class InstitutionsChapter
{
    public static Chapter Build(BookContext c, int number)
    {
        var w = c.W;
        var institutions = c.Content.Sections.Institutions;
        var approval = c.Content.BookMatter.Approval;
        var draft = SectionedChapter.Build(c, number, w.T("Kebijakan, Kelembagaan dan Sumber Daya Manusia", "Policy, Institutions and Staffing"),
        [
            SectionPart.Of(w, w.T("Kebijakan dan Regulasi", "Policy and Regulations"), institutions?.Policy),
            SectionPart.Of(w, w.T("Dewan Smart City", "Smart City Council"), institutions?.Council),
            SectionPart.Of(w, w.T("Tim Pelaksana", "Implementing Team"), institutions?.Team),
            SectionPart.Of(w, w.T("Sumber Daya Manusia", "Human Resources"), institutions?.HumanResources),
        ]);
        if (approval is not null)
        {
            draft.Section(w.T("Penetapan Masterplan", "Enactment of the Masterplan")).Text(ApprovalText.Enacted(w, approval));
        }

        return draft.Build();
    }
}
