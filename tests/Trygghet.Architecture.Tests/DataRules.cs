using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Trygghet.Architecture.Tests;

internal static class DataRules
{
    /// <summary>Every module context of both providers, built as `dotnet ef` builds them (no database needed).</summary>
    public static IEnumerable<DbContext> DesignTimeContexts(IEnumerable<Assembly> assemblies) =>
        assemblies.SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)))
            .Select(t => (DbContext)t.GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!
                .Invoke(Activator.CreateInstance(t, nonPublic: true), [Array.Empty<string>()])!);

    public static IReadOnlyList<string> ContextAssemblies(IEnumerable<DbContext> contexts) =>
        contexts.Select(c => c.GetType().Assembly.GetName().Name!).Distinct().ToList();

    /// <summary>Entities a context maps that belong to another of our assemblies: reading another module's tables.</summary>
    public static IReadOnlyList<string> ForeignEntities(DbContext context)
    {
        var own = context.GetType().Assembly;
        return context.Model.GetEntityTypes()
            .Select(e => e.ClrType)
            .Where(t => t.Assembly != own && t.Assembly.GetName().Name!.StartsWith("Trygghet.", StringComparison.Ordinal))
            .Select(t => $"{context.GetType().Name} maps {t.FullName}")
            .ToList();
    }

    /// <summary>The schema a context's tables live in (PostgreSQL) or are prefixed with (SQLite), and the tables that stray from it.</summary>
    public static (string? Schema, IReadOnlyList<string> Strays) Schema(DbContext context)
    {
        var sqlite = context.Database.IsSqlite();
        var tables = context.Model.GetEntityTypes()
            .Where(e => !e.IsMappedToJson() && e.GetTableName() is not null)
            .Select(e => (e.GetSchema(), e.GetTableName()!))
            .Distinct()
            .ToList();
        var schema = sqlite
            ? tables.Select(t => t.Item2.Split('_')[0]).GroupBy(s => s).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key
            : tables.Select(t => t.Item1).GroupBy(s => s).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        var strays = tables
            .Where(t => sqlite ? !t.Item2.StartsWith(schema + "_", StringComparison.Ordinal) || t.Item1 is not null : t.Item1 != schema)
            .Select(t => $"{context.GetType().Name}: {t.Item1}.{t.Item2}")
            .ToList();
        return (schema, strays);
    }

    public static bool MigrationsAreCurrent(DbContext context) => !context.Database.HasPendingModelChanges();

    public static string Provider(DbContext context) => context.Database.IsSqlite() ? "Sqlite" : "Postgres";

    public static IServiceProvider Services(DbContext context) => ((IInfrastructure<IServiceProvider>)context).Instance;
}
