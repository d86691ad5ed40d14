using Trygghet.Portal.Core.Audit;

namespace Trygghet.Modules.Audit.Entries;

/// <summary>Swedish names of the categories and actions, for the view. The stored values stay as recorded (the log is
/// append-only and its CSV export keeps the stable keys); modules that record in English are shown in Swedish here, and an
/// action this table does not know (already Swedish, or new) is shown as recorded.</summary>
internal static class AuditText
{
    private static readonly Dictionary<string, string> Actions = new(StringComparer.Ordinal)
    {
        ["signed in (password)"] = "Inloggad (lösenord)",
        ["signed in (password and TOTP)"] = "Inloggad (lösenord och TOTP)",
        ["signed in (password and recovery code)"] = "Inloggad (lösenord och återställningskod)",
        ["signed in (external provider)"] = "Inloggad (extern inloggning)",
        ["signed in (external provider with MFA)"] = "Inloggad (extern inloggning med tvåstegsverifiering)",
        ["sign-in failed"] = "Inloggningen misslyckades",
        ["sign-in refused (locked out)"] = "Inloggningen nekades (kontot är låst)",
        ["second factor refused (TOTP)"] = "Andra steget nekades (TOTP)",
        ["second factor refused (recovery code)"] = "Andra steget nekades (återställningskod)",
        ["external sign-in refused (invalid answer)"] = "Extern inloggning nekades (ogiltigt svar)",
        ["external sign-in refused (locked out)"] = "Extern inloggning nekades (kontot är låst)",
        ["external sign-in refused (no portal account)"] = "Extern inloggning nekades (inget konto i portalen)",
        ["external sign-in refused (no subject)"] = "Extern inloggning nekades (ingen identitet i svaret)",
        ["switched on TOTP two-factor authentication"] = "Slog på tvåstegsverifiering med TOTP",
        ["TOTP enrolment code refused"] = "Koden vid aktivering av TOTP nekades",
        ["changed the roles of an account"] = "Ändrade ett kontos roller",
        ["changed a role's permissions"] = "Ändrade en rolls behörigheter",
        ["created OpenID client"] = "Skapade en OpenID-klient",
        ["changed OpenID client"] = "Ändrade en OpenID-klient",
        ["deleted OpenID client"] = "Tog bort en OpenID-klient",
        ["rotated OpenID client secret"] = "Bytte en OpenID-klients hemlighet",
        ["authorized client"] = "Godkände en klient",
        ["issued client-credentials token"] = "Utfärdade en token till ett partnersystem",
        ["refused progress report on a measure outside its organisation"] = "Nekade en lägesrapport på en åtgärd utanför organisationen",
        ["reported progress through the partner API"] = "Rapporterade läget genom partner-API:t",
        ["published"] = "Publicerad",
        ["archived"] = "Avpublicerad och arkiverad",
        ["deleted media file"] = "Tog bort en mediefil",
    };

    public static string Action(string action) => Actions.GetValueOrDefault(action, action);

    public static string Category(string category) => category switch
    {
        AuditCategories.SignIn => "Inloggning",
        AuditCategories.Permissions => "Behörigheter",
        AuditCategories.Membership => "Uppdrag och medlemskap",
        AuditCategories.Invitation => "Inbjudningar",
        AuditCategories.Publishing => "Publicering",
        AuditCategories.Decision => "Beslut och justering",
        AuditCategories.ClassifiedAccess => "Åtkomst till icke-offentligt material",
        AuditCategories.Token => "Token och klienter",
        AuditCategories.Mail => "E-postutskick",
        _ => category,
    };
}
