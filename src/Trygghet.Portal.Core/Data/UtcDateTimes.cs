using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Trygghet.Portal.Core.Data;

/// <summary>Every <see cref="DateTime"/> the portal stores is UTC, but SQLite (text) and PostgreSQL's timestamp give
/// values back with <see cref="DateTimeKind.Unspecified"/>: this marks them UTC again, so comparisons with the
/// clock's UtcNow and the "Z" in feeds and JSON are right. One converter for every module's context.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

public static class UtcDateTimeConventions
{
    /// <summary>Call from a module context's ConfigureConventions.</summary>
    public static void StoreDateTimesAsUtc(this ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
}
