using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>Who carries a measure out and reports on it: a nämnd, a förvaltning, a municipal company or a
/// partner organisation. Its reporters (by e-mail address, the sign-in name) may report progress on its measures only.</summary>
internal sealed class ResponsibleBody : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Slug { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public BodyKind Kind { get; set; }

    /// <summary>Lower-case e-mail addresses of the people who report for this body.</summary>
    public List<string> Reporters { get; set; } = [];

    public int SortOrder { get; set; }

    public Guid Version { get; set; }
}

internal enum BodyKind
{
    Forvaltning = 0,
    Namnd = 1,
    Bolag = 2,
    Partner = 3,
}

internal static class BodyKinds
{
    /// <summary>The kind as Swedish text (a localizer key), e.g. for the back office's lists and forms.</summary>
    public static string Describe(BodyKind kind) => kind switch
    {
        BodyKind.Namnd => "Nämnd",
        BodyKind.Bolag => "Kommunalt bolag",
        BodyKind.Partner => "Partnerorganisation",
        _ => "Förvaltning",
    };
}
