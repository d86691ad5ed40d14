using Trygghet.Portal.Core.OpenData;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Audit.Entries;

/// <summary>What the audit view filters on; the page and its CSV export use the same filter and order, so the file
/// holds exactly the list on screen (all its pages).</summary>
internal sealed record AuditFilter(string? Category, string? Actor, DayRange Days, string? Text, ListSort Sort)
{
    /// <summary>The id follows insertion, so it orders by time without ties; it also breaks ties in the other columns.</summary>
    public static readonly SortColumns<AuditEntry> Sorting = new SortColumns<AuditEntry>(new("tid", Descending: true), q => q.ThenByDescending(e => e.Id))
        .Add("tid", e => e.Id)
        .Add("kategori", e => e.Category)
        .Add("vem", e => e.Actor)
        .Add("utfall", e => e.Succeeded);

    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        if (!string.IsNullOrWhiteSpace(Category))
        {
            entries = entries.Where(e => e.Category == Category);
        }

        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var actor = Actor.Trim().ToUpperInvariant();
            entries = entries.Where(e => e.Actor.ToUpper().Contains(actor));
        }

        if (Days.StartUtc is { } start)
        {
            entries = entries.Where(e => e.OccurredUtc >= start);
        }

        if (Days.EndUtc is { } end)
        {
            entries = entries.Where(e => e.OccurredUtc < end);
        }

        if (!string.IsNullOrWhiteSpace(Text))
        {
            var text = Text.Trim().ToUpperInvariant();
            entries = entries.Where(e => e.Action.ToUpper().Contains(text) || (e.Subject != null && e.Subject.ToUpper().Contains(text)));
        }

        return Sorting.Apply(entries, Sort);
    }

    public static readonly OpenDataColumn<AuditEntry>[] Columns =
    [
        new("tid", "När, svensk tid", e => SwedishTime.ToLocal(e.OccurredUtc)),
        new("kategori", "Slag av händelse", e => e.Category),
        new("vem", "Användare eller klient som gjorde det", e => e.Actor),
        new("vad", "Vad som hände", e => e.Action),
        new("gallande", "Vad det gällde", e => e.Subject),
        new("varifran", "IP-adress", e => e.RemoteAddress),
        new("lyckades", "false för nekade försök", e => e.Succeeded),
    ];

    /// <summary>Limits for the CSV: a whole history in one file would not open in a spreadsheet anyway.</summary>
    public const int MaxCsvRows = 100_000;
}
