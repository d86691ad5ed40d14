namespace Trygghet.Portal.Core.Modules;

/// <summary>Endpoint metadata naming the module an endpoint belongs to, so a module switched off
/// by the recipe answers 404 everywhere.</summary>
public sealed record PortalModuleMetadata(string ModuleName);
