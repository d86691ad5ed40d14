namespace Trygghet.Portal.Core.Modules;

/// <summary>The modules the host was built with, and those of them configuration left on.</summary>
public sealed record ModuleSet(IReadOnlyList<PortalModule> All, IReadOnlyList<PortalModule> Loaded);
