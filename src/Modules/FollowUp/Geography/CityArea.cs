using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.FollowUp.Geography;

/// <summary>A geographic area (stadsdel such as Innerstaden, Skäggetorp) that measures and indicator values are filtered by.</summary>
internal sealed class CityArea : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Slug { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public int SortOrder { get; set; }

    public Guid Version { get; set; }
}
