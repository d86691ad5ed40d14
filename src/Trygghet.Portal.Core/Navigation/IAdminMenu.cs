namespace Trygghet.Portal.Core.Navigation;

/// <summary>Implemented by each module's AdminMenu class.</summary>
public interface IAdminMenu
{
    string ModuleName { get; }

    IEnumerable<AdminMenuItem> GetItems();
}
