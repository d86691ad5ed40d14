namespace Trygghet.Modules.Governance.Meetings;

/// <summary>Business rules for a meeting, shared by the recipe step and the admin forms; each problem names its field.</summary>
internal static class MeetingRules
{
    /// <param name="nowUtc">Now, for the rule that a meeting that has ended cannot still be planerat; null skips
    /// it (a recipe is written once and must not expire as its dates pass).</param>
    public static IEnumerable<(string Field, string Problem)> Check(Meeting meeting, DateTime? nowUtc)
    {
        if (meeting.EndsUtc <= meeting.StartsUtc)
        {
            yield return ("end", "måste vara efter starttiden");
        }

        if (string.IsNullOrWhiteSpace(meeting.Place) && string.IsNullOrWhiteSpace(meeting.OnlineLink))
        {
            yield return ("place", "eller länk måste anges");
        }

        if (meeting.OnlineLink is { } link && !IsWebAddress(link))
        {
            yield return ("onlineLink", "måste vara en webbadress som börjar med https:// eller http://");
        }

        if (nowUtc is { } now && meeting.Status == MeetingStatus.Planerat && meeting.EndsUtc < now)
        {
            yield return ("status", "kan inte vara planerat för ett möte som redan har varit");
        }
    }

    /// <summary>Only absolute http(s) addresses: a link is shown to citizens, so "javascript:" and the like never are.</summary>
    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    public static string Describe(MeetingStatus status) => status switch
    {
        MeetingStatus.Kallat => "Kallat",
        MeetingStatus.Genomfort => "Genomfört",
        MeetingStatus.Installt => "Inställt",
        _ => "Planerat",
    };
}
