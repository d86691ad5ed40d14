using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.FollowUp.Goals;

/// <summary>A kommunalt mål the crime-prevention work serves (the seed lists five). Measures will refer to goals.</summary>
internal sealed class Goal : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Slug { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    public int SortOrder { get; set; }

    public Guid Version { get; set; }
}
