using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance;
using Trygghet.Modules.Governance.Contracts;

namespace Trygghet.Architecture.Tests.Fixtures.Violations;

// Deliberate violations: the companion tests run each rule on these and expect it to fail.

/// <summary>Uses another module's registration class (not a contract).</summary>
public sealed class UsesGovernanceInternals
{
    public string Name { get; } = new GovernanceModule().Name;
}

/// <summary>Uses only another module's contracts: allowed.</summary>
public sealed class UsesGovernanceContracts
{
    public ForumSummary? Forum { get; set; }
}

/// <summary>Maps an entity type of another Trygghet assembly, as if it read that module's table.</summary>
internal sealed class ForeignTableContext(DbContextOptions<ForeignTableContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Trygghet.Portal.Core.Recipes.RecipeSummary>().HasKey(r => r.Name);
        modelBuilder.Entity<OwnRow>().ToTable("own_Rows").HasKey(r => r.Id);
    }
}

/// <summary>A model with no migrations at all: pending model changes.</summary>
internal sealed class UnmigratedContext(DbContextOptions<UnmigratedContext> options) : DbContext(options)
{
    public DbSet<OwnRow> Rows => Set<OwnRow>();
}

internal sealed class OwnRow
{
    public int Id { get; set; }
}
