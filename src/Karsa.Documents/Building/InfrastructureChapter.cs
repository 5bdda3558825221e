using Karsa.Documents.Model;
using Karsa.Documents.Text;
using Karsa.Domain.Programmes;

namespace Karsa.Documents.Building;

/// <summary>
/// Buku II: supporting infrastructure: system-integration architecture, network, data centre and
/// command room from the plan's <c>sections.infrastructure</c>, and the plan's infrastructure
/// programmes with their years.
/// </summary>
internal static class InfrastructureChapter
{
    public static Chapter Build(BookContext c, int number)
    {
        var w = c.W;
        var infrastructure = c.Content.Sections.Infrastructure;
        var draft = SectionedChapter.Build(c, number, w.T("Infrastruktur Pendukung", "Supporting Infrastructure"),
        [
            SectionPart.Of(w, w.T("Arsitektur Integrasi Sistem", "System Integration Architecture"), infrastructure?.Integration),
            SectionPart.Of(w, w.T("Arsitektur Jaringan", "Network Architecture"), infrastructure?.Network),
            SectionPart.Of(w, w.T("Pusat Data", "Data Centre"), infrastructure?.DataCentre),
            SectionPart.Of(w, w.T("Ruang Kendali (Command Center)", "Command Centre"), infrastructure?.CommandCentre),
        ]);
        var programmes = c.Plan.Programmes.Where(p => p.Kind == ProgrammeKind.Infrastructure).ToList();
        if (programmes.Count > 0)
        {
            draft.Section(w.T("Program Infrastruktur dalam Rencana Aksi", "Infrastructure Programmes of the Action Plan"))
                .Text(w.T(
                    $"Rencana aksi memuat {Wording.Number(programmes.Count)} program berjenis infrastruktur; {TemplateNote.TableLabel(c, number, 1)} menyajikan pengampu dan tahun pelaksanaannya menurut peta jalan.",
                    $"The action plan holds {Wording.Number(programmes.Count)} infrastructure programmes; {TemplateNote.TableLabel(c, number, 1)} gives their lead agencies and years in the roadmap."))
                .Table(w.T("Program infrastruktur", "Infrastructure programmes"),
                    [new(w.T("Kode", "Code"), ColumnAlign.Center, 2), new(w.T("Program", "Programme"), Width: 5), new(w.T("Pengampu", "Lead agency"), Width: 4), new(w.T("Tahun", "Years"), ColumnAlign.Center, 2)],
                    programmes.Select(p => new TableRow([p.Code.Value, w.Of(p.Name), c.AgencyName(p.LeadAgency), c.Schedule(p).Scheduled ? c.Years(p) : c.TermName(p)])));
        }

        return draft.Build();
    }
}
