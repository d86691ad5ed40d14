namespace Trygghet.Modules.Audit.Entries;

/// <summary>One recorded event. Written once, never changed or removed (see AuditDbContext and the migration's
/// triggers); so it has no version and no setters are used after it is added.</summary>
internal sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime OccurredUtc { get; set; }

    public string Category { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string? Subject { get; set; }

    public string Actor { get; set; } = string.Empty;

    public string? RemoteAddress { get; set; }

    public bool Succeeded { get; set; }
}
