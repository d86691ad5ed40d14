using Trygghet.Portal.Core.Audit;

namespace Trygghet.Modules.Audit.Entries;

/// <summary>Swedish names of the categories, for the view (the stored value is the stable English key).</summary>
internal static class AuditText
{
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
