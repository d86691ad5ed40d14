namespace Trygghet.Modules.Identity.Contracts;

/// <summary>Authorization policies Identity offers other modules' pages.</summary>
public static class IdentityPolicies
{
    /// <summary>Signed in and, if Modules:Identity:Mfa names one of the person's roles, signed in with a second
    /// factor in this session; refused people are sent to TOTP enrolment and back, exactly as /admin does.</summary>
    public const string SecondFactor = "Identity.SecondFactor";
}
