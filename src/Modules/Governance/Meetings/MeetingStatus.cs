namespace Trygghet.Modules.Governance.Meetings;

/// <summary>Planerat (in the plan), kallat (the notice has gone out), genomfört (held), inställt (cancelled).</summary>
internal enum MeetingStatus
{
    Planerat = 0,
    Kallat = 1,
    Genomfort = 2,
    Installt = 3,
}
