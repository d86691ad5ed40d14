using Microsoft.EntityFrameworkCore;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests;

/// <summary>Counts every row in every table of every loaded module (migration history aside): the way to
/// prove that a failed setup left the database exactly as the migrations made it.</summary>
internal static class DatabaseContents
{
    public static async Task<int> CountRowsAsync(PortalApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var total = 0;
        foreach (var database in scope.ServiceProvider.GetRequiredService<ModuleDatabases>().All)
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            var tables = context.Model.GetEntityTypes()
                // The Data Protection key ring (site schema) is the host's, not the site's data: a form page creates a key.
                .Where(e => !e.IsMappedToJson() && e.GetTableName() is not null && e.ClrType.Name != "DataProtectionKey")
                .Select(e => (Schema: e.GetSchema(), Table: e.GetTableName()!))
                .Distinct();
            foreach (var (schema, table) in tables)
            {
                var name = schema is null ? $"\"{table}\"" : $"\"{schema}\".\"{table}\"";
#pragma warning disable EF1002 // Table names come from the EF model, not from input.
                total += await context.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM {name}").SingleAsync();
#pragma warning restore EF1002
            }
        }

        return total;
    }
}
