namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>Which of the citizen theme's status tag tones a measure status gets, by its key. Statuses are a register
/// the municipality may extend; an unknown key gets the neutral tone, and the status is always written in words.</summary>
internal static class StatusTones
{
    public static string Of(string? key) => key switch
    {
        "forsenad" => "late",
        "pagar" => "active",
        "genomford" => "done",
        "avbruten" => "stopped",
        _ => "waiting",
    };
}
