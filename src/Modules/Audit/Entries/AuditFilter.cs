using Trygghet.Portal.Core.OpenData;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Audit.Entries;

/// <summary>What the audit view filters on; the page and its CSV export use the same filter, so the file holds
/// exactly the list on screen (all its pages).</summary>
internal sealed record AuditFilter(string? Category, string? Actor, DateOnly? From, DateOnly? To, string? Text)
{
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

        // Days are Swedish days: "1 december" starts at midnight in Stockholm.
        if (From is { } from)
        {
            var fromUtc = SwedishTime.FromLocal(from.ToDateTime(TimeOnly.MinValue)).UtcDateTime;
            entries = entries.Where(e => e.OccurredUtc >= fromUtc);
        }

        if (To is { } to)
        {
            var toUtc = SwedishTime.FromLocal(to.AddDays(1).ToDateTime(TimeOnly.MinValue)).UtcDateTime;
            entries = entries.Where(e => e.OccurredUtc < toUtc);
        }

        if (!string.IsNullOrWhiteSpace(Text))
        {
            var text = Text.Trim().ToUpperInvariant();
            entries = entries.Where(e => e.Action.ToUpper().Contains(text) || (e.Subject != null && e.Subject.ToUpper().Contains(text)));
        }

        // The id follows insertion, so it orders by time without ties.
        return entries.OrderByDescending(e => e.Id);
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
