namespace Trygghet.Modules.Content.Catalogue;

/// <summary>English titles and descriptions of the datasets known today (DCAT-AP-SE wants both languages). A new
/// dataset without an entry here still appears, with its Swedish text and an English title made from its name;
/// a module can move its own English text next to its data later without changing the catalogue's shape.</summary>
internal static class EnglishTitles
{
    private static readonly Dictionary<string, (string Title, string Description)> Known = new(StringComparer.Ordinal)
    {
        ["sammantraden"] = ("Meetings of the crime-prevention forums", "Every meeting of the forums of the governance model: forum, time, place, status and published agenda."),
        ["beslut"] = ("Decisions of the forums", "Decisions in the adjusted (justerade) minutes of the forums: paragraph, case number, title and decision."),
        ["medborgarloften"] = ("Citizen promises", "Every published promise of a published citizen promise (medborgarlöfte): area, period, who promises, status and progress."),
        ["atgarder"] = ("Measures of the crime-prevention action plan", "The public measures of the decided action plan (åtgärdsplan): goal, responsible body, period, status and progress."),
        ["lagesbild/indikatorer"] = ("Indicators of the crime situation picture", "The public indicators of the set situation picture (lägesbild), with their values per year, area, gender and age group."),
    };

    public static (string Title, string Description) For(string name) =>
        Known.TryGetValue(name, out var known) ? known : ($"Open data: {name}", "Open data from the crime-prevention portal; see the Swedish description for the fields.");
}
