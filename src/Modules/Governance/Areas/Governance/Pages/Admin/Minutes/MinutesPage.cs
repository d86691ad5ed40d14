using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Modules.Governance.Minutes;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>What the protokoll pages share: the meeting, its forum, its protokoll and paragraphs, and how a
/// refused change reaches the form.</summary>
internal abstract class MinutesPage(GovernanceDbContext db, IStringLocalizer t) : PageModel
{
    internal const string ConflictMessage = "Någon annan har sparat protokollet under tiden. Ladda om sidan och gör ändringen igen.";

    public Meeting Meeting { get; private set; } = null!;

    public Forum Forum { get; private set; } = null!;

    public Protocol? Protocol { get; private set; }

    public IReadOnlyList<Paragraph> Paragraphs { get; private set; } = [];

    public DateOnly MeetingDay => DateOnly.FromDateTime(MeetingTimes.LocalStart(Meeting));

    /// <summary>The signed-in person, as audit entries name them.</summary>
    protected string CurrentUser => User.Identity?.Name ?? "okänd";

    protected GovernanceDbContext Db => db;

    protected async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.FindWithForumAsync(id, cancellationToken) is not { } found)
        {
            return false;
        }

        (Meeting, Forum) = found;
        if (await db.FindProtocolAsync(id, cancellationToken) is { } minutes)
        {
            (Protocol, var paragraphs) = minutes;
            Paragraphs = paragraphs;
        }

        return true;
    }

    /// <summary>Puts a refused change's problems under their fields; true when the change went through.</summary>
    protected bool Report(MinutesResult result, Func<string, (string Key, string Label)> field)
    {
        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, t[ConflictMessage]);
        }

        foreach (var (name, problem) in result.Problems)
        {
            var (key, label) = field(name);
            ModelState.AddModelError(key, label.Length == 0 ? t[problem] : t["{0} {1}.", label, problem]);
        }

        return result.Succeeded;
    }

    public string ProtocolPath => $"/admin/meetings/{Meeting.Id}/protokoll";

    public string ParagraphPath(Paragraph paragraph) => $"{ProtocolPath}/paragrafer/{paragraph.Id}";

    /// <summary>Refuses a posted § number that is not the paragraph's own: numbers are given, never entered.</summary>
    protected void RefuseHandNumber(int? posted, int? actual)
    {
        if (posted != actual)
        {
            ModelState.AddModelError("Input.Number", t["Paragrafnummer sätts av systemet och kan inte ändras för hand."]);
        }
    }
}
