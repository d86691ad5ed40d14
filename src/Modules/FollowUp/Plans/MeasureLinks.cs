namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>Sets a tracked measure's goals and areas by difference, so EF deletes and inserts only what changed.</summary>
internal static class MeasureLinks
{
    public static void SetGoals(Measure measure, IReadOnlyCollection<Guid> goalIds)
    {
        measure.Goals.RemoveAll(g => !goalIds.Contains(g.GoalId));
        foreach (var id in goalIds.Distinct().Where(id => measure.Goals.All(g => g.GoalId != id)))
        {
            measure.Goals.Add(new MeasureGoal { MeasureId = measure.Id, GoalId = id });
        }
    }

    public static void SetAreas(Measure measure, IReadOnlyCollection<Guid> areaIds)
    {
        measure.Areas.RemoveAll(a => !areaIds.Contains(a.AreaId));
        foreach (var id in areaIds.Distinct().Where(id => measure.Areas.All(a => a.AreaId != id)))
        {
            measure.Areas.Add(new MeasureArea { MeasureId = measure.Id, AreaId = id });
        }
    }
}
