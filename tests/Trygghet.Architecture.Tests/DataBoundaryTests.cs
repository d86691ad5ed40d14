using Microsoft.EntityFrameworkCore;
using Trygghet.Architecture.Tests.Fixtures.Violations;

namespace Trygghet.Architecture.Tests;

public sealed class DataBoundaryTests
{
    private static readonly IReadOnlyList<DbContext> Contexts =
        DataRules.DesignTimeContexts(PortalModules.All.Select(m => m.GetType().Assembly).Append(PortalModules.HostAssembly)).ToList();

    [Fact]
    public void EveryModuleAndTheHost_HaveContextsForBothProviders()
    {
        var expected = PortalModules.All.Select(m => m.GetType().Assembly.GetName().Name!).Append(PortalModules.HostAssembly.GetName().Name!).Order();
        Assert.Equal(expected, DataRules.ContextAssemblies(Contexts).Order());
        Assert.Equal(Contexts.Count / 2, Contexts.Count(c => DataRules.Provider(c) == "Sqlite"));
    }

    [Fact]
    public void NoContext_MapsAnotherModulesEntities()
    {
        Assert.Empty(Contexts.SelectMany(DataRules.ForeignEntities));
    }

    [Fact]
    public void Companion_ForeignEntityRule_CatchesAContextMappingAnotherModulesType()
    {
        using var rogue = new ForeignTableContext(new DbContextOptionsBuilder<ForeignTableContext>().UseSqlite("Data Source=:memory:").Options);
        var found = DataRules.ForeignEntities(rogue);
        Assert.Equal(["ForeignTableContext maps Trygghet.Portal.Core.Recipes.RecipeSummary"], found);
    }

    [Fact]
    public void EachContext_KeepsItsTablesInOneSchemaOfItsOwn()
    {
        foreach (var provider in new[] { "Sqlite", "Postgres" })
        {
            var schemas = Contexts.Where(c => DataRules.Provider(c) == provider).Select(DataRules.Schema).ToList();
            Assert.All(schemas, s => Assert.Empty(s.Strays));
            Assert.All(schemas, s => Assert.False(string.IsNullOrEmpty(s.Schema)));
            Assert.Equal(schemas.Count, schemas.Select(s => s.Schema).Distinct().Count());
        }
    }

    [Fact]
    public void Companion_SchemaRule_CatchesATableOutsideTheContextsSchema()
    {
        using var rogue = new ForeignTableContext(new DbContextOptionsBuilder<ForeignTableContext>().UseSqlite("Data Source=:memory:").Options);
        var (_, strays) = DataRules.Schema(rogue);
        Assert.NotEmpty(strays);
    }

    [Fact]
    public void EveryContext_HasMigrationsMatchingItsModel()
    {
        var stale = Contexts.Where(c => !DataRules.MigrationsAreCurrent(c)).Select(c => c.GetType().Name).ToList();
        Assert.True(stale.Count == 0, "Run scripts/add-migration.sh for: " + string.Join(", ", stale));
    }

    [Fact]
    public void Companion_MigrationRule_CatchesAModelWithoutMigrations()
    {
        using var unmigrated = new UnmigratedContext(new DbContextOptionsBuilder<UnmigratedContext>().UseSqlite("Data Source=:memory:").Options);
        Assert.False(DataRules.MigrationsAreCurrent(unmigrated));
    }
}
