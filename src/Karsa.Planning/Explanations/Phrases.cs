using System.Globalization;
using Karsa.Domain.Primitives;

namespace Karsa.Planning.Explanations;

/// <summary>Every sentence the planner says, in Indonesian and English. Money is shown as "Rp 1.250.000.000".</summary>
internal static class Phrases
{
    /// <summary>
    /// A ceiling with too little left for a programme: "APBD 2028 tidak cukup: sisa Rp 1.800.000.000 dari pagu
    /// Rp 10.500.000.000, program ini memerlukan Rp 2.500.000.000"; "penuh" only when nothing is left.
    /// </summary>
    public static LocalizedText CeilingTooSmall(LocalizedText source, int year, Rupiah used, Rupiah ceiling, Rupiah needs)
    {
        var left = new Rupiah(Math.Max(0, ceiling.Value - used.Value));
        return left.Value == 0
            ? new(
                $"{source.In(Language.Indonesian)} {year} penuh: pagu {ceiling} terpakai seluruhnya, program ini memerlukan {needs}",
                $"{source.In(Language.English)} {year} is full: its {ceiling} ceiling is all used, this programme needs {needs}")
            : new(
                $"{source.In(Language.Indonesian)} {year} tidak cukup: sisa {left} dari pagu {ceiling}, program ini memerlukan {needs}",
                $"{source.In(Language.English)} {year} falls short: {left} left of its {ceiling} ceiling, this programme needs {needs}");
    }

    /// <summary>Sources full in some years, e.g. "APBD 2024-2027 dan DAK 2026 penuh".</summary>
    public static LocalizedText SourcesFull(IReadOnlyList<(LocalizedText Source, IReadOnlyList<int> Years)> full) => new(
        $"{Join([.. full.Select(f => $"{f.Source.In(Language.Indonesian)} {YearRanges(f.Years)}")], "dan")} penuh",
        $"{Join([.. full.Select(f => $"{f.Source.In(Language.English)} {YearRanges(f.Years)}")], "and")} {(full.Count == 1 ? "is" : "are")} full");

    /// <summary>The smallest shortfall over the possible starts, e.g. "kurang Rp 2,5 M untuk mulai 2025".</summary>
    public static LocalizedText ShortBy(Rupiah amount, int start) => new(
        $"kurang {IndonesianNumbers.FormatRupiahShort(amount.Value)} untuk mulai {start}",
        $"{IndonesianNumbers.FormatRupiahShort(amount.Value)} short to start in {start}");

    /// <summary>An agency at its capacity in some years.</summary>
    public static LocalizedText AgencyBusy(string agency, IReadOnlyList<int> years, int capacity) => new(
        $"{agency} sudah menjalankan {capacity} program (kapasitasnya) pada {YearRanges(years)}",
        $"{agency} already runs its capacity of {capacity} programmes in {YearRanges(years)}");

    /// <summary>Years as ranges: "2024-2027, 2029".</summary>
    public static string YearRanges(IReadOnlyList<int> years)
    {
        var ranges = new List<string>();
        for (var i = 0; i < years.Count;)
        {
            var j = i;
            while (j + 1 < years.Count && years[j + 1] == years[j] + 1)
            {
                j++;
            }

            ranges.Add(i == j ? years[i].ToString(CultureInfo.InvariantCulture) : $"{years[i]}-{years[j]}");
            i = j + 1;
        }

        return string.Join(", ", ranges);
    }

    /// <summary>No programme of the plan draws on the source.</summary>
    public static LocalizedText NoProgrammeUses(LocalizedText source) => new(
        $"tidak ada program yang dibiayai {source.In(Language.Indonesian)}", $"no programme draws on {source.In(Language.English)}");

    /// <summary>Every programme that draws on the source is in the roadmap.</summary>
    public static LocalizedText AllUsersScheduled(LocalizedText source) => new(
        $"semua program yang dibiayai {source.In(Language.Indonesian)} sudah masuk peta jalan",
        $"every programme that draws on {source.In(Language.English)} is in the roadmap");

    /// <summary>Programmes whose window opens later.</summary>
    public static LocalizedText NotYet(IReadOnlyList<string> codes, int earliest) => new(
        $"{Codes(codes, Language.Indonesian)} paling cepat mulai {earliest}", $"{Codes(codes, Language.English)} start no earlier than {earliest}");

    /// <summary>Programmes that would have to start too late to end by their latest start or the plan's last year.</summary>
    public static LocalizedText MustEndEarlier(IReadOnlyList<string> codes) => new(
        $"{Codes(codes, Language.Indonesian)} harus mulai lebih awal agar selesai dalam masa rencana (atau sebelum batas mulainya)",
        $"{Codes(codes, Language.English)} must start earlier to end within the plan (or by their latest start)");

    /// <summary>Programmes that cannot start late enough to draw on the source this year because they must end in the plan's last year.</summary>
    public static LocalizedText MustEndInPlan(IReadOnlyList<string> codes, LocalizedText source, int lastYear, int year) => new(
        $"{Codes(codes, Language.Indonesian)} harus selesai paling lambat {lastYear}, sehingga biaya {source.In(Language.Indonesian)}-nya jatuh sebelum {year}",
        $"{Codes(codes, Language.English)} must end by {lastYear}, so their {source.In(Language.English)} costs fall before {year}");

    /// <summary>Alternatives of a programme already in the roadmap: at most one of the group is chosen.</summary>
    public static LocalizedText AlternativesOfChosen(IReadOnlyList<string> codes, string chosen) => new(
        $"{Codes(codes, Language.Indonesian)} alternatif dari {chosen} yang sudah dipilih",
        $"{Codes(codes, Language.English)} {(codes.Count == 1 ? "is an alternative" : "are alternatives")} to {chosen}, which was chosen");

    /// <summary>Programmes whose cost from the source falls in other years of their run.</summary>
    public static LocalizedText DrawsOnItOtherYears(IReadOnlyList<string> codes) => new(
        $"biaya {Codes(codes, Language.Indonesian)} dari sumber ini jatuh pada tahun lain", $"{Codes(codes, Language.English)} draw on this source in other years only");

    /// <summary>Programmes that need more than the whole ceiling of the year.</summary>
    public static LocalizedText NeedsMoreThanCeiling(IReadOnlyList<string> codes) => new(
        $"{Codes(codes, Language.Indonesian)} memerlukan lebih dari seluruh pagu tahun ini", $"{Codes(codes, Language.English)} need more than the whole ceiling of the year");

    /// <summary>Programmes that need more than the ceiling since it dropped.</summary>
    public static LocalizedText CeilingDroppedSince(IReadOnlyList<string> codes, LocalizedText source, int year) => new(
        $"{Codes(codes, Language.Indonesian)} memerlukan lebih dari pagu {source.In(Language.Indonesian)} yang turun mulai {year}",
        $"{Codes(codes, Language.English)} need more than the {source.In(Language.English)} ceiling, which drops from {year}");

    /// <summary>Programmes that need more than is left.</summary>
    public static LocalizedText NeedsMoreThanLeft(IReadOnlyList<string> codes) => new(
        $"{Codes(codes, Language.Indonesian)} memerlukan lebih dari sisa ini", $"{Codes(codes, Language.English)} need more than is left");

    /// <summary>Programmes that would fit this year but not a later year of their run, where the ceiling is lower.</summary>
    public static LocalizedText CeilingDrops(IReadOnlyList<string> codes, LocalizedText source, int year) => new(
        $"{Codes(codes, Language.Indonesian)} tidak muat karena pagu {source.In(Language.Indonesian)} turun pada {year}",
        $"{Codes(codes, Language.English)} do not fit because the {source.In(Language.English)} ceiling drops in {year}");

    /// <summary>Programmes held back by another full source-year of their run.</summary>
    public static LocalizedText HeldByFullBudget(IReadOnlyList<string> codes, LocalizedText source, int year) => new(
        $"{Codes(codes, Language.Indonesian)} terhalang {source.In(Language.Indonesian)} {year} yang penuh",
        $"{Codes(codes, Language.English)} are held back by a full {source.In(Language.English)} {year}");

    /// <summary>Programmes held back by predecessors or alternatives.</summary>
    public static LocalizedText HeldByOtherProgrammes(IReadOnlyList<string> codes) => new(
        $"{Codes(codes, Language.Indonesian)} menunggu atau bergantung pada program lain", $"{Codes(codes, Language.English)} wait for or depend on other programmes");

    /// <summary>Programmes held back by their agency's capacity.</summary>
    public static LocalizedText HeldByAgency(IReadOnlyList<string> codes) => new(
        $"{Codes(codes, Language.Indonesian)} terhalang kapasitas perangkat daerah", $"{Codes(codes, Language.English)} are held back by agency capacity");

    /// <summary>Programmes nothing blocks: the search chose otherwise.</summary>
    public static LocalizedText LeftOutBySearch(IReadOnlyList<string> codes, bool optimal)
    {
        var why = NoBlocker(optimal);
        return new($"{Codes(codes, Language.Indonesian)}: {why.In(Language.Indonesian)}", $"{Codes(codes, Language.English)}: {why.In(Language.English)}");
    }

    /// <summary>Up to four codes, then "dan n lainnya" / "and n more".</summary>
    private static string Codes(IReadOnlyList<string> codes, Language language)
    {
        var (and, more) = language == Language.Indonesian ? ("dan", "lainnya") : ("and", "more");
        return codes.Count <= 4 ? Join(codes, and) : $"{string.Join(", ", codes.Take(3))} {and} {codes.Count - 3} {more}";
    }

    public static LocalizedText WaitsFor(string predecessor, int endYear, int lag) => lag == 0
        ? new($"menunggu {predecessor} yang selesai pada {endYear}", $"waits for {predecessor} which ends in {endYear}")
        : new($"menunggu {predecessor} yang selesai pada {endYear}, ditambah jeda {lag} tahun", $"waits for {predecessor} which ends in {endYear}, plus a {lag}-year lag");

    public static LocalizedText PredecessorOut(string predecessor) => new(
        $"bergantung pada {predecessor} yang tidak masuk peta jalan", $"depends on {predecessor}, which is not in the roadmap");

    public static LocalizedText AlternativeChosen(string other) => new(
        $"alternatif dari {other} yang sudah dipilih", $"alternative to {other}, which was chosen");

    public static LocalizedText AgencyFull(string agency, int year, int running, int capacity) => new(
        $"{agency} sudah menjalankan {running} program pada {year} (kapasitas {capacity})",
        $"{agency} already runs {running} programmes in {year} (capacity {capacity})");

    public static LocalizedText ForcedOut() => new("dikeluarkan oleh skenario", "forced out by the scenario");

    /// <summary>A new programme without a cost: the planner cannot weigh it against the budget.</summary>
    public static LocalizedText NeedsCostEstimate() =>
        new("perlu perkiraan biaya: biayanya belum diisi, sehingga belum dapat dijadwalkan sesuai pagu", "needs a cost estimate: its cost is not filled in, so it cannot be scheduled within the ceilings");

    public static LocalizedText DoesNotFit(int duration, int earliest, int lastYear) => new(
        $"butuh {duration} tahun mulai {earliest}, tetapi cakrawala rencana berakhir {lastYear}",
        $"needs {duration} years from {earliest} but the horizon ends in {lastYear}");

    public static LocalizedText NoBlocker(bool optimal) => optimal
        ? new("tidak ada batasan yang menghalangi; susunan lain memberi nilai total lebih tinggi", "no constraint blocks it; other choices give a higher total value")
        : new("pencarian berhenti pada batas waktu sebelum memperbaiki posisi ini", "the search stopped at the time limit before improving this");

    public static LocalizedText ValueOnly() => new(
        "nilainya 0: skor prioritas 0 tidak menambah nilai", "its value is 0: a priority score of 0 adds no value");

    /// <summary>
    /// What bringing a programme in at <paramref name="year"/> takes; when the re-solve was not
    /// <paramref name="proven"/> optimal, it says the arrangement is the best found, not the best there is.
    /// When it is only possible by giving up the quick-win rule, <paramref name="quickWinsGivenUp"/>
    /// says which quick wins are lost (<see cref="WithoutQuickWin"/>, <see cref="FewerQuickWins"/>) and the sentence says so first.
    /// </summary>
    public static LocalizedText TakesDropping(int year, IReadOnlyList<string> dropped, IReadOnlyList<(string Code, int Year)> moved, double change, bool proven, LocalizedText? quickWinsGivenUp = null)
    {
        var id = new List<string>();
        var en = new List<string>();
        if (dropped.Count > 0)
        {
            id.Add("mengeluarkan " + Join(dropped, "dan"));
            en.Add("dropping " + Join(dropped, "and"));
        }

        if (moved.Count > 0)
        {
            id.Add("memindahkan " + Join([.. moved.Select(m => $"{m.Code} ke {m.Year}")], "dan"));
            en.Add("moving " + Join([.. moved.Select(m => $"{m.Code} to {m.Year}")], "and"));
        }

        if (id.Count == 0)
        {
            id.Add("tanpa mengubah program lain");
            en.Add("no change to other programmes");
        }

        var (idNote, enNote) = proven
            ? (string.Empty, string.Empty)
            : (" (terbaik yang ditemukan dalam batas waktu, belum terbukti optimal)", " (best found within the time limit, not proven optimal)");
        var (idMeans, enMeans) = quickWinsGivenUp is null
            ? ("berarti", "means")
            : ($"hanya mungkin dengan melepas aturan quick win ({quickWinsGivenUp.In(Language.Indonesian)}) dan berarti",
               $"is only possible by giving up the quick-win rule ({quickWinsGivenUp.In(Language.English)}) and means");
        return new(
            $"memulainya pada {year} {idMeans} {string.Join(", ", id)}, {(change == 0 ? "nilai tetap" : "nilai " + Percent(change, Language.Indonesian))}{idNote}",
            $"starting it in {year} {enMeans} {string.Join(", ", en)}, {(change == 0 ? "same value" : "value " + Percent(change, Language.English))}{enNote}");
    }

    /// <summary>Dimensions left without a quick win, e.g. "Smart Governance tanpa quick win".</summary>
    public static LocalizedText WithoutQuickWin(IReadOnlyList<string> dimensions) => new(
        $"{Join(dimensions, "dan")} tanpa quick win", $"{Join(dimensions, "and")} without a quick win");

    /// <summary>Fewer quick wins in all than the policy asks.</summary>
    public static LocalizedText FewerQuickWins(int count) => new(
        $"kurang dari {count} quick win", $"fewer than {count} quick wins");

    /// <summary>What-ifs that got no time: the planning call's time limit was used up.</summary>
    public static LocalizedText WhatIfsOutOfTime(IReadOnlyList<string> codes) => new(
        $"batas waktu habis sebelum menghitung apa yang dibutuhkan agar {Join(codes, "dan")} masuk; beri waktu lebih",
        $"the time limit ran out before working out what it would take to bring in {Join(codes, "and")}; allow more time");

    /// <summary>Requested what-ifs for codes the plan does not have.</summary>
    public static LocalizedText UnknownWhatIfCodes(IReadOnlyList<string> codes) => new(
        $"tidak ada program {Join(codes, "dan")} dalam rencana; apa yang dibutuhkan untuknya tidak dihitung",
        $"the plan has no programme {Join(codes, "or")}; no what-if was worked out for it");

    public static LocalizedText CannotEvenIfOthersGiveWay(int year) => new(
        $"tidak dapat dimulai pada {year} walaupun program lain mengalah (program wajib dan batasan lain menghalangi)",
        $"it cannot start in {year} even if other programmes give way (mandatory programmes and other limits prevent it)");

    public static LocalizedText QuickWinsRelaxed() => new(
        "quick win tidak dapat dipenuhi di setiap dimensi bersama program wajib; peta jalan disusun tanpa syarat quick win",
        "quick wins could not be fitted in every dimension together with the mandatory programmes; the roadmap was made without that requirement");

    public static LocalizedText GreedyMissedQuickWins() => new(
        "metode greedy tidak memperoleh quick win di setiap dimensi yang memungkinkan", "the greedy method did not get a quick win in every dimension that allows one");

    public static LocalizedText TimeLimitFallback() => new(
        "batas waktu tercapai sebelum pengoptimal menemukan peta jalan; ditampilkan hasil metode greedy",
        "the time limit passed before the optimizer found a roadmap; the greedy roadmap is shown");

    public static LocalizedText NotProven(double gap) => new(
        $"peta jalan belum terbukti optimal dalam batas waktu (selisih ke batas atas paling banyak {Percent(gap, Language.Indonesian).TrimStart('+')})",
        $"the roadmap is not proven optimal within the time limit (at most {Percent(gap, Language.English).TrimStart('+')} below the bound)");

    public static LocalizedText ForcedInAndOut(string code) => new(
        $"{code} diwajibkan masuk sekaligus dikeluarkan", $"{code} is forced both in and out");

    public static LocalizedText MandatoryBothAlternatives(IReadOnlyList<string> codes) => new(
        $"{Join(codes, "dan")} wajib tetapi saling alternatif (paling banyak satu)", $"{Join(codes, "and")} are mandatory but alternatives to each other (at most one)");

    public static LocalizedText MandatoryNeedsPredecessor(string code, string predecessor) => new(
        $"{code} wajib tetapi bergantung pada {predecessor} yang tidak dapat dijadwalkan", $"{code} is mandatory but depends on {predecessor}, which cannot be scheduled");

    public static LocalizedText MandatoryTooLate(string code, int possible, int latest) => new(
        $"{code} wajib tetapi paling cepat dapat mulai {possible}, sedangkan paling lambat {latest}",
        $"{code} is mandatory but can start no earlier than {possible} while its latest start is {latest}");

    public static LocalizedText Shortfall(LocalizedText source, int year, Rupiah needed, Rupiah ceiling, IReadOnlyList<string> codes) => new(
        $"{source.In(Language.Indonesian)} {year}: program wajib {Join(codes, "dan")} memerlukan {needed}, pagu {ceiling}, kurang {needed - ceiling}",
        $"{source.In(Language.English)} {year}: mandatory programmes {Join(codes, "and")} need {needed}, ceiling {ceiling}, short by {needed - ceiling}");

    public static LocalizedText CapacityShortfall(string agency, int year, int needed, int capacity, IReadOnlyList<string> codes) => new(
        $"{agency} {year}: program wajib {Join(codes, "dan")} perlu {needed} berjalan bersamaan, kapasitas {capacity}",
        $"{agency} {year}: mandatory programmes {Join(codes, "and")} need {needed} running at once, capacity {capacity}");

    public static LocalizedText Unexplained() => new(
        "program wajib tidak dapat dimuat bersamaan", "the mandatory programmes cannot be fitted together");

    public static string Percent(double fraction, Language language)
    {
        // Numbers are in Indonesian form in both languages (the project's rule), e.g. "-4,1%".
        _ = language;
        // A change too small for one decimal keeps two, so it never reads as "+0,0%".
        var percent = fraction * 100;
        var digits = percent != 0 && Math.Abs(percent) < 0.05 ? 2 : 1;
        var value = (decimal)Math.Round(percent, digits);
        var text = value.ToString(digits == 2 ? "0.00" : "0.0", IndonesianNumbers.Format);
        return (value > 0 ? "+" : string.Empty) + text + "%";
    }

    private static string Join(IReadOnlyList<string> items, string and) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + $" {and} " + items[^1],
    };
}
