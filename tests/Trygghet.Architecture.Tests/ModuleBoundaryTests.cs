using NetArchTest.Rules;
using Trygghet.Architecture.Tests.Fixtures.Violations;

namespace Trygghet.Architecture.Tests;

public sealed class ModuleBoundaryTests
{
    [Fact]
    public void ModuleList_MatchesTheModulesTheHostReferences()
    {
        var referenced = PortalModules.ModuleTypesInHostAssemblyReferences().Select(t => t.FullName).Order();
        Assert.Equal(referenced, PortalModules.All.Select(m => m.GetType().FullName).Order());
    }

    [Theory]
    [MemberData(nameof(PortalModules.Names), MemberType = typeof(PortalModules))]
    public void Module_UsesNoOtherModuleExceptThroughItsContracts(string name)
    {
        var module = PortalModules.Named(name);
        // Every type, Razor-generated pages and views included.
        var types = Types.InAssembly(module.GetType().Assembly).That().HaveNameMatching(".*");
        foreach (var other in PortalModules.All.Where(o => o != module))
        {
            Assert.Empty(ModuleRules.UsesInternalsOf(types, other));
        }
    }

    [Fact]
    public void Companion_ModuleBoundaryRule_CatchesUseOfAnotherModulesInternals()
    {
        var governance = PortalModules.Named("Governance");
        var fixtures = Types.InAssembly(typeof(UsesGovernanceInternals).Assembly);

        var failing = ModuleRules.UsesInternalsOf(fixtures.That().HaveName(nameof(UsesGovernanceInternals)), governance);
        var allowed = ModuleRules.UsesInternalsOf(fixtures.That().HaveName(nameof(UsesGovernanceContracts)), governance);

        Assert.Equal([typeof(UsesGovernanceInternals).FullName!], failing);
        Assert.Empty(allowed);
    }

    /// <summary>Markdown people write renders through Core's UserMarkdown allow-list only (issue 17, point 6): a module
    /// with a sanitizer of its own would be a second, drifting policy.</summary>
    [Theory]
    [MemberData(nameof(PortalModules.Names), MemberType = typeof(PortalModules))]
    public void Module_SanitizesNoHtmlOfItsOwn(string name)
    {
        var types = Types.InAssembly(PortalModules.Named(name).GetType().Assembly).That().HaveNameMatching(".*");
        var result = types.ShouldNot().HaveDependencyOnAny("Ganss.Xss").GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Core_DependsOnNoModule()
    {
        var result = Types.InAssembly(PortalModules.CoreAssembly).ShouldNot().HaveDependencyOnAny("Trygghet.Modules", "Trygghet.Portal.Web").GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Companion_CoreRule_CatchesADependencyOnAModule()
    {
        var result = Types.InAssembly(typeof(UsesGovernanceInternals).Assembly).That().HaveName(nameof(UsesGovernanceInternals))
            .ShouldNot().HaveDependencyOnAny("Trygghet.Modules", "Trygghet.Portal.Web").GetResult();
        Assert.False(result.IsSuccessful);
    }

    [Theory]
    [MemberData(nameof(PortalModules.Names), MemberType = typeof(PortalModules))]
    public void Module_KeepsEverythingButContractsInternal(string name)
    {
        var module = PortalModules.Named(name);
        Assert.Empty(ModuleRules.PublicOutsideContracts(module.GetType().Assembly, PortalModules.RootNamespace(module)));
    }

    [Fact]
    public void Companion_InternalRule_CatchesAPublicType()
    {
        var publics = ModuleRules.PublicOutsideContracts(typeof(UsesGovernanceInternals).Assembly, "Trygghet.Architecture.Tests.Fixtures");
        Assert.Contains(typeof(UsesGovernanceInternals).FullName, publics);
    }

    [Theory]
    [MemberData(nameof(PortalModules.Names), MemberType = typeof(PortalModules))]
    public void Module_HasTheFixedRootFiles(string name)
    {
        var module = PortalModules.Named(name);
        Assert.Empty(ModuleRules.MissingFixedParts(module.GetType().Assembly, PortalModules.RootNamespace(module), module.Name));
    }

    [Fact]
    public void Companion_FixedFilesRule_ReportsWhatIsMissing()
    {
        var missing = ModuleRules.MissingFixedParts(typeof(UsesGovernanceInternals).Assembly, "Trygghet.Architecture.Tests.Fixtures", "Violations");
        Assert.Equal(["ViolationsModule.cs", "Permissions.cs", "AdminMenu.cs", "Recipes/ (a recipe step)", "Data/ (a DbContext)"], missing);
    }
}
