namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>Business rules for a measure, shared by the admin forms, the recipe and the CSV import; each problem names its field.</summary>
internal static class MeasureRules
{
    /// <summary>Parents nest at most this deep; deeper is a mistake (or a cycle).</summary>
    public const int MaxDepth = 10;

    public static IEnumerable<(string Field, string Problem)> Check(Measure measure)
    {
        if (string.IsNullOrWhiteSpace(measure.Title))
        {
            yield return ("title", "får inte vara tomt");
        }
        else if (measure.Title.Length > 300)
        {
            yield return ("title", "får ha högst 300 tecken");
        }

        if (measure.Progress is < 0 or > 100)
        {
            yield return ("progress", "måste vara mellan 0 och 100");
        }

        if (measure.Start is { } start && measure.End is { } end && end < start)
        {
            yield return ("end", "får inte vara före startdatumet");
        }

        if (measure.Weight is { } weight && (weight <= 0 || weight > 1000))
        {
            yield return ("weight", "måste vara större än 0 och högst 1000");
        }

        if (measure.Classification == Portal.Core.Classification.Classification.Sekretess)
        {
            yield return ("classification", "kan bara vara Offentlig eller Intern för en åtgärd (sekretessuppgifter hör inte hemma i åtgärdsplanen)");
        }

        if (measure.ParentId == measure.Id)
        {
            yield return ("parent", "kan inte vara åtgärden själv");
        }
    }

    /// <summary>The parent rule that needs the parent: same plan, no cycle.</summary>
    public static (string Field, string Problem)? CheckParent(Measure measure, Measure? parent, IReadOnlyCollection<Guid> parentAncestors)
    {
        if (measure.ParentId is null)
        {
            return null;
        }

        if (parent is null)
        {
            return ("parent", "finns inte");
        }

        if (parent.PlanId != measure.PlanId)
        {
            return ("parent", "hör till en annan åtgärdsplan");
        }

        if (parent.Id == measure.Id || parentAncestors.Contains(measure.Id))
        {
            return ("parent", "skulle göra åtgärden till sin egen överordnade");
        }

        if (parentAncestors.Count >= MaxDepth - 1)
        {
            return ("parent", $"får nästlas högst {MaxDepth} nivåer");
        }

        return null;
    }
}
