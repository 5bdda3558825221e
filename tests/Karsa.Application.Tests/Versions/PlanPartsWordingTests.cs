using System.Text.Json;
using Karsa.Application.Versions;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Versions.Sections;
using Karsa.Testing;

namespace Karsa.Application.Tests.Versions;

/// <summary>The parts a plan gained for real books and real plans read in a comparison, each naming its field and both values.</summary>
public sealed class PlanPartsWordingTests
{
    private static readonly MasterplanContent Base = VersionPairs.Older();

    private static (string Id, string En) Lines(MasterplanContent older, MasterplanContent newer)
    {
        var comparison = VersionComparison.Of(older, newer, 1, 2);
        return (ComparisonText.Render(comparison, Language.Indonesian), ComparisonText.Render(comparison, Language.English));
    }

    private static MasterplanContent WithProgramme(MasterplanContent plan, Func<ProgrammeParts, ProgrammeParts> change) =>
        plan with { Programmes = [change(ProgrammeParts.Of(plan.Programmes[0])).Build(), .. plan.Programmes.Skip(1)] };

    private static string Gov(string rest) => $"  - Program GOV-01 «Mal Pelayanan Publik Digital»: {rest}\n";

    private static string GovEn(string rest) => $"  - Programme GOV-01 «Digital public service mall»: {rest}\n";

    [Fact]
    public void The_books_issue_date_reads_as_days_in_each_language()
    {
        var older = Base with { BookMatter = new BookMatter(IssueDate: new DateOnly(2022, 12, 20)) };
        var newer = Base with { BookMatter = new BookMatter(IssueDate: new DateOnly(2023, 1, 5)) };

        var (id, en) = Lines(older, newer);

        Assert.Contains("\nBagian awal buku\n  - Tanggal terbit buku: 20 Desember 2022 → 5 Januari 2023\n", id, StringComparison.Ordinal);
        Assert.Contains("\nThe book's front matter\n  - The book's issue date: 20 December 2022 → 5 January 2023\n", en, StringComparison.Ordinal);
    }

    [Fact]
    public void A_foreword_changes_paragraph_by_paragraph_with_its_signer_and_an_added_address_is_quoted()
    {
        var older = Base with { BookMatter = new BookMatter(Foreword: new SignedText(new LocalizedText("Puji syukur.\n\nTerima kasih."), "Budi", new LocalizedText("Kepala Bappeda"))) };
        var newer = Base with
        {
            BookMatter = new BookMatter(
                Foreword: new SignedText(new LocalizedText("Puji syukur.\n\nTerima kasih banyak."), "Sari", new LocalizedText("Kepala Bappeda")),
                Address: new SignedText(new LocalizedText("Sambutan Bupati.", "The regent's address."), "Juliyatmono")),
        };

        var (id, en) = Lines(older, newer);

        Assert.Contains("  - Kata pengantar: paragraf 2 «Terima kasih.» → «Terima kasih banyak.»; penanda tangan «Budi» → «Sari»\n", id, StringComparison.Ordinal);
        Assert.Contains("  - Sambutan ditambahkan: «Sambutan Bupati.»\n", id, StringComparison.Ordinal);
        Assert.Contains("  - Foreword: paragraph 2 «Terima kasih.» → «Terima kasih banyak.»; signer «Budi» → «Sari»\n", en, StringComparison.Ordinal);
        Assert.Contains("  - Address added: «The regent's address.»\n", en, StringComparison.Ordinal);
    }

    [Fact]
    public void The_approval_names_its_number_and_date_and_an_approval_given_first_names_the_regulation()
    {
        var regulation = new LocalizedText("Peraturan Bupati", "Regent's Regulation");
        var older = Base with { BookMatter = new BookMatter(Approval: new Approval(regulation, "45 Tahun 2022", new DateOnly(2022, 12, 15))) };
        var newer = Base with { BookMatter = new BookMatter(Approval: new Approval(regulation, "46 Tahun 2022", new DateOnly(2022, 12, 16))) };

        var (id, en) = Lines(older, newer);
        var (added, _) = Lines(Base, older);

        Assert.Contains("  - Pengesahan: nomor 45 Tahun 2022 → 46 Tahun 2022; tanggal 15 Desember 2022 → 16 Desember 2022\n", id, StringComparison.Ordinal);
        Assert.Contains("  - Approval: number 45 Tahun 2022 → 46 Tahun 2022; date 15 December 2022 → 16 December 2022\n", en, StringComparison.Ordinal);
        Assert.Contains("  - Pengesahan ditambahkan: «Peraturan Bupati 45 Tahun 2022»\n", added, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_level_sections_name_the_chapter_and_summarise_their_text_patterns_and_stakeholders()
    {
        var older = Base with
        {
            Sections = new PlanSections(
                Infrastructure: new SupportingInfrastructure(Network: new LocalizedText("Serat optik di kota.\n\nWi-Fi desa.")),
                Financing: new FinancingAndStakeholders(stakeholders: [new Stakeholder(new LocalizedText("Perguruan tinggi"), new LocalizedText("Kajian"))])),
        };
        var newer = Base with
        {
            Sections = new PlanSections(
                Infrastructure: new SupportingInfrastructure(Network: new LocalizedText("Serat optik di kota.\n\nWi-Fi di 177 desa.")),
                Institutions: new InstitutionsAndStaffing(Council: new LocalizedText("Dewan Smart City dibentuk 2022.")),
                Financing: new FinancingAndStakeholders(
                    patterns: [new FinancingPattern(FundingSource.Csr, new LocalizedText("Sponsor untuk Wi-Fi publik"))],
                    stakeholders: [new Stakeholder(new LocalizedText("Perguruan tinggi"), new LocalizedText("Pendampingan"))])),
        };

        var (id, en) = Lines(older, newer);

        Assert.Contains("\nBab tingkat rencana\n  - Infrastruktur pendukung (jaringan): paragraf 2 «Wi-Fi desa.» → «Wi-Fi di 177 desa.»\n", id, StringComparison.Ordinal);
        Assert.Contains("  - Kelembagaan (Dewan Smart City) ditambahkan: «Dewan Smart City dibentuk 2022.»\n", id, StringComparison.Ordinal);
        Assert.Contains("  - Pembiayaan (pola per sumber dana): pola pembiayaan CSR «Sponsor untuk Wi-Fi publik» (baru)\n", id, StringComparison.Ordinal);
        Assert.Contains("  - Pembiayaan (pemangku kepentingan): peran pemangku kepentingan «Perguruan tinggi» «Kajian» → «Pendampingan»\n", id, StringComparison.Ordinal);
        Assert.Contains("\nPlan-level chapters\n  - Supporting infrastructure (network): paragraph 2 «Wi-Fi desa.» → «Wi-Fi di 177 desa.»\n", en, StringComparison.Ordinal);
        Assert.Contains("  - Financing (stakeholders): role of stakeholder «Perguruan tinggi» «Kajian» → «Pendampingan»\n", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_plan_level_section_has_its_words()
    {
        Assert.All(PlanSectionsComparer.Keys, key =>
        {
            Assert.NotNull(ChangeLabels.Word(key, Language.Indonesian));
            Assert.NotNull(ChangeLabels.Word(key, Language.English));
        });
    }

    [Fact]
    public void Funding_sources_added_renamed_and_removed_read_with_their_names()
    {
        FundingSourceDefinition Source(string key, string name, string? description = null) =>
            new(new FundingSource(key), new LocalizedText(name), description is null ? null : new LocalizedText(description));
        var older = Base with { FundingSources = new FundingSourceCatalog([Source("hibah-provinsi", "Hibah Provinsi"), Source("baznas", "BAZNAS")]) };
        var newer = Base with { FundingSources = new FundingSourceCatalog([Source("hibah-provinsi", "Hibah Provinsi Jawa Tengah"), Source("zakat", "Zakat desa", "Zakat dikelola desa")]) };

        var (id, en) = Lines(older, newer);

        Assert.Contains("\nSumber dana tambahan\n  - Sumber dana hibah-provinsi «Hibah Provinsi Jawa Tengah»: nama «Hibah Provinsi» → «Hibah Provinsi Jawa Tengah»\n", id, StringComparison.Ordinal);
        Assert.Contains("  - Sumber dana baznas «BAZNAS» dihapus\n", id, StringComparison.Ordinal);
        Assert.Contains("  - Sumber dana zakat «Zakat desa» ditambahkan: «Zakat dikelola desa»\n", id, StringComparison.Ordinal);
        Assert.Contains("  - Funding source hibah-provinsi «Hibah Provinsi Jawa Tengah»: name «Hibah Provinsi» → «Hibah Provinsi Jawa Tengah»\n", en, StringComparison.Ordinal);
    }

    [Fact]
    public void The_value_model_and_quick_win_priority_read_in_the_plans_frame()
    {
        var newer = Base with { ValueModel = new ValueModel(15, 3.5m), QuickWinPriority = [Domain.Catalogue.Dimension.Living] };

        var (id, en) = Lines(Base, newer);

        Assert.Contains("  - Rencana: dimensi prioritas quick win living «Smart Living» (baru); umur manfaat 10 tahun → 15 tahun; tingkat diskonto (% per tahun) 5 → 3,5 (-1,5)\n", id, StringComparison.Ordinal);
        Assert.Contains("  - Plan: quick-win priority dimension living «Smart Living» (new); benefit life 10 years → 15 years; discount rate (% a year) 5 → 3,5 (-1,5)\n", en, StringComparison.Ordinal);
    }

    [Fact]
    public void A_programme_becoming_a_running_service_names_its_status_start_and_recurrence_in_words()
    {
        var newer = WithProgramme(Base, p => p with
        {
            Duration = null,
            Costs = [],
            QuickWin = false,
            Status = DeliveryStatus.Running,
            StartedIn = new FiscalYear(2019),
            Recurrence = ProgrammeRecurrence.OpenEnded,
        });

        var (id, en) = Lines(Base, newer);

        Assert.Contains(Gov("durasi 1 tahun dihapus; biaya APBD 2022 Rp 250.000.000 dihapus; calon quick win ya → tidak; "
            + "status pelaksanaan baru → sedang berjalan; tahun mulai berjalan 2019 (baru); pengulangan tidak dinyatakan → terus-menerus"), id, StringComparison.Ordinal);
        Assert.Contains("status new → running; year it started 2019 (new); recurrence not stated → open-ended", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Co_leads_implementers_and_locations_name_who_and_where()
    {
        var older = Base with { Agencies = [.. Base.Agencies, new Domain.Agencies.Agency(new AgencyCode("BAPPEDA"), "Bappeda", Domain.Agencies.AgencyKind.Badan)] };
        var newer = WithProgramme(older, p => p with
        {
            CoLeads = [new AgencyCode("BAPPEDA")],
            Implementers = [new Implementer("Pemerintah Desa Jatipuro", ImplementerKind.Village)],
            Locations = [new RegionCode("33.13.01"), new RegionCode("33.13.09.2001")],
        });

        var (id, en) = Lines(older, newer);

        Assert.Contains(Gov("lokasi 33.13.01 «Jatipuro» (baru); lokasi 33.13.09.2001 «desa/kelurahan di Kecamatan Karanganyar» (baru); "
            + "perangkat daerah pengampu bersama BAPPEDA (baru); pelaksana di luar perangkat daerah «Pemerintah Desa Jatipuro» pemerintah desa/kelurahan (baru)"), id, StringComparison.Ordinal);
        Assert.Contains(GovEn("location 33.13.01 «Jatipuro» (new); location 33.13.09.2001 «village in Karanganyar district» (new); "
            + "co-lead agency BAPPEDA (new); implementer outside the agencies «Pemerintah Desa Jatipuro» village government (new)"), en, StringComparison.Ordinal);
    }

    [Fact]
    public void Objective_renstra_and_the_service_canvas_name_each_field_with_both_texts()
    {
        var older = WithProgramme(Base, p => p with { Objective = new LocalizedText("Izin tanpa antre"), Renstra = "Renstra 1", Canvas = new ServiceCanvas(Problem: new LocalizedText("Antre")) });
        var newer = WithProgramme(Base, p => p with
        {
            Objective = new LocalizedText("Izin daring"),
            Renstra = "Renstra 2",
            Canvas = new ServiceCanvas(Problem: new LocalizedText("Antre lama"), Users: new LocalizedText("UMKM")),
        });

        var (id, en) = Lines(older, newer);

        Assert.Contains(Gov("rujukan Renstra «Renstra 1» → «Renstra 2»; tujuan «Izin tanpa antre» → «Izin daring»; "
            + "kanvas layanan: masalah «Antre» → «Antre lama»; kanvas layanan: pengguna «UMKM» (baru)"), id, StringComparison.Ordinal);
        Assert.Contains(GovEn("Renstra reference «Renstra 1» → «Renstra 2»; objective «Izin tanpa antre» → «Izin daring»; "
            + "service canvas: problem «Antre» → «Antre lama»; service canvas: users «UMKM» (new)"), en, StringComparison.Ordinal);
    }

    [Fact]
    public void Outputs_and_outcomes_name_the_statement_and_each_yearly_target()
    {
        ValueList<ResultTarget> Targets(params (int Year, decimal Value)[] targets) => targets.Select(t => new ResultTarget(new FiscalYear(t.Year), t.Value)).ToValueList();
        var older = WithProgramme(Base, p => p with
        {
            Outputs = [new ProgrammeResult(new LocalizedText("Aplikasi lama"), unit: "aplikasi")],
            Outcomes = [new ProgrammeResult(new LocalizedText("Izin terbit daring"), unit: "%", targets: Targets((2024, 40), (2026, 70)))],
        });
        var newer = WithProgramme(Base, p => p with
        {
            Outputs = [new ProgrammeResult(new LocalizedText("Aplikasi MPP beroperasi"), unit: "aplikasi")],
            Outcomes = [new ProgrammeResult(new LocalizedText("Izin terbit daring"), unit: "persen", targets: Targets((2024, 40), (2026, 75), (2028, 90)))],
        });

        var (id, en) = Lines(older, newer);

        Assert.Contains(Gov("keluaran «Aplikasi lama» dihapus; keluaran «Aplikasi MPP beroperasi» (baru); satuan hasil «Izin terbit daring» % → persen; "
            + "target hasil 2026 «Izin terbit daring» 70 → 75 (+5); target hasil 2028 «Izin terbit daring» 90 (baru)"), id, StringComparison.Ordinal);
        Assert.Contains(GovEn("output «Aplikasi lama» removed; output «Aplikasi MPP beroperasi» (new); unit of outcome «Izin terbit daring» % → persen; "
            + "outcome target 2026 «Izin terbit daring» 70 → 75 (+5); outcome target 2028 «Izin terbit daring» 90 (new)"), en, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_document_types_a_date_as_a_calendar_day()
    {
        var newer = Base with { BookMatter = new BookMatter(IssueDate: new DateOnly(2022, 12, 20)) };

        using var json = JsonDocument.Parse(ComparisonDocument.From(VersionComparison.Of(Base, newer, 1, 2), Language.English).ToJson());

        var book = json.RootElement.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "book");
        var item = book.GetProperty("items")[0];
        Assert.Equal(("issueDate", "added", "date", "2022-12-20"), (item.GetProperty("subject").GetString(), item.GetProperty("change").GetString(),
            item.GetProperty("new").GetProperty("type").GetString(), item.GetProperty("new").GetProperty("value").GetString()));
    }
}
