namespace Trygghet.Modules.Partners.Organisations;

/// <summary>The kinds of organisation the governance model names for the samverkansråd (names without å/ä/ö, as
/// recipes write them; <see cref="OrganisationText"/> has the display names).</summary>
internal enum OrganisationKind
{
    Universitet = 1,
    Region = 2,
    Polis = 3,
    Fastighetsagare = 4,
    Naringsliv = 5,
    Civilsamhalle = 6,
    Forening = 7,
    Trossamfund = 8,
    Annan = 9,
}

internal static class OrganisationText
{
    public static string Kind(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Universitet => "Universitet eller högskola",
        OrganisationKind.Region => "Region",
        OrganisationKind.Polis => "Polis",
        OrganisationKind.Fastighetsagare => "Fastighetsägare",
        OrganisationKind.Naringsliv => "Näringsliv",
        OrganisationKind.Civilsamhalle => "Civilsamhälle",
        OrganisationKind.Forening => "Förening",
        OrganisationKind.Trossamfund => "Trossamfund",
        _ => "Annan",
    };
}
