using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Partners.Organisations;

/// <summary>An external organisation of the samverkansråd. <see cref="ResponsibleBodySlug"/> names the FollowUp
/// responsible body it is, so that a partner system's progress reports can be matched to that body's measures.</summary>
internal sealed class Organisation : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Name { get; set; } = string.Empty;

    public OrganisationKind Kind { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? ResponsibleBodySlug { get; set; }

    public Guid Version { get; set; }
}
