using System.Reflection;
using Trygghet.Modules.Audit;
using Trygghet.Modules.CitizenPromises;
using Trygghet.Modules.Content;
using Trygghet.Modules.FollowUp;
using Trygghet.Modules.Governance;
using Trygghet.Modules.Identity;
using Trygghet.Modules.Partners;
using Trygghet.Modules.Media;
using Trygghet.Modules.Notifications;
using Trygghet.Portal.Core.Modules;

namespace Trygghet.Architecture.Tests;

/// <summary>The modules under test, found from the host's own list so a new module is checked without edits here.</summary>
internal static class PortalModules
{
    public static readonly IReadOnlyList<PortalModule> All = [new IdentityModule(), new GovernanceModule(), new FollowUpModule(), new CitizenPromisesModule(), new AuditModule(), new PartnersModule(), new MediaModule(), new ContentModule(), new NotificationsModule()];

    public static Assembly CoreAssembly => typeof(PortalModule).Assembly;

    public static Assembly HostAssembly => typeof(Program).Assembly;

    public static string RootNamespace(PortalModule module) => module.GetType().Namespace!;

    public static string ContractsNamespace(PortalModule module) => RootNamespace(module) + ".Contracts";

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var module in All)
        {
            data.Add(module.Name);
        }

        return data;
    }

    public static PortalModule Named(string name) => All.Single(m => m.Name == name);

    /// <summary>Host registration lists exactly these modules (so this file cannot silently fall behind).</summary>
    public static IEnumerable<Type> ModuleTypesInHostAssemblyReferences() =>
        HostAssembly.GetReferencedAssemblies()
            .Where(a => a.Name!.StartsWith("Trygghet.Modules.", StringComparison.Ordinal))
            .Select(Assembly.Load)
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsSubclassOf(typeof(PortalModule)) && !t.IsAbstract);
}
