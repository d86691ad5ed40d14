namespace Trygghet.Modules.FollowUp.Situation;

internal static class IndicatorRules
{
    public const string Women = "kvinnor";

    public const string Men = "man";

    public static bool IsGender(string? gender) => gender is null or Women or Men;

    public static string DescribeGender(string? gender) => gender switch
    {
        Women => "Kvinnor",
        Men => "Män",
        _ => "Alla",
    };
}
