namespace Trygghet.Portal.Core.Navigation;

/// <summary>A link in the citizen site's main navigation, contributed by a module.</summary>
public sealed record PublicMenuItem(string ModuleName, string Text, string Url, int Order);

/// <summary>Implemented by modules that have citizen pages.</summary>
public interface IPublicMenu
{
    IEnumerable<PublicMenuItem> GetItems();
}

/// <summary>The citizen navigation: entries of modules that are on, in order.</summary>
public sealed class PublicNavigation(IEnumerable<IPublicMenu> menus, Modules.ISiteModules modules)
{
    public IReadOnlyList<PublicMenuItem> Items =>
        menus.SelectMany(m => m.GetItems())
            .Where(i => modules.IsEnabled(i.ModuleName))
            .OrderBy(i => i.Order)
            .ToList();
}
