using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Content.Tests;

/// <summary>One demo site shared by the HTTP tests of a class; each test makes its own items with its own titles.</summary>
public sealed class ContentSite : IAsyncLifetime
{
    public PortalApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await PortalApp.StartAsync(recipe: "demo");

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
