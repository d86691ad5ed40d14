namespace Trygghet.Portal.Core.Data;

/// <summary>An entity editors change: <see cref="Version"/> is its optimistic-concurrency token. The
/// application sets it on every save (SQLite has no database-generated row versions).</summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
