using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Core.Classification;
using Trygghet.Portal.Core.Recipes;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.FollowUp.Recipes;

/// <summary>{ "name": "ActionPlan", "slug", "title", "from", "to", "decisionReference", "decidedOn", "periods": [ { "name", "from", "to" } ], "measures": [ … ] }:
/// one åtgärdsplan with its measures (by slug), each with goals, areas, responsible body, status, progress, parent,
/// targets, progress updates and milestones. Ids derive from slugs, so a re-run updates rather than duplicates;
/// a measure's updates and milestones are replaced by the recipe's.</summary>
internal sealed class ActionPlanStep(FollowUpDbContext db, TimeProvider clock) : RecipeStep<ActionPlanStep.Input>
{
    public override string Name => "ActionPlan";

    public override string ModuleName => FollowUpModule.ModuleName;

    protected override async Task ExecuteAsync(Input data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        context.Require(Slug.IsValid(data.Slug), "slug", "får bara innehålla a–z, 0–9 och bindestreck");
        context.Require(!string.IsNullOrWhiteSpace(data.Title) && data.Title.Length <= 300, "title", "måste anges och ha högst 300 tecken");
        context.Require(data.To >= data.From, "to", "får inte vara före from");
        context.Require(data.DecisionReference is null || data.DecisionReference.Length <= 100, "decisionReference", "får ha högst 100 tecken");

        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Slug == data.Slug, cancellationToken);
        if (plan is null)
        {
            plan = new ActionPlan { Id = StableId.For("plan", data.Slug), Slug = data.Slug };
            db.Plans.Add(plan);
        }

        plan.Title = data.Title.Trim();
        plan.Description = data.Description?.Trim();
        plan.From = data.From;
        plan.To = data.To;
        plan.DecisionReference = data.DecisionReference?.Trim();
        plan.DecidedOn = data.DecidedOn;

        var periods = await db.Periods.Where(p => p.PlanId == plan.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < data.Periods.Count; i++)
        {
            var input = data.Periods[i];
            context.Require(!string.IsNullOrWhiteSpace(input.Name) && input.Name.Length <= 100, $"periods[{i}].name", "måste anges och ha högst 100 tecken");
            context.Require(input.To >= input.From, $"periods[{i}].to", "får inte vara före from");
            var period = periods.FirstOrDefault(p => p.From == input.From);
            if (period is null)
            {
                period = new FollowUpPeriod { Id = StableId.For("period", $"{data.Slug}/{input.From:yyyy-MM-dd}"), PlanId = plan.Id, From = input.From };
                db.Periods.Add(period);
            }

            period.Name = input.Name.Trim();
            period.To = input.To;
        }

        var goals = await db.Goals.ToDictionaryAsync(g => g.Slug, g => g.Id, StringComparer.Ordinal, cancellationToken);
        var areas = await db.Areas.ToDictionaryAsync(a => a.Slug, a => a.Id, StringComparer.Ordinal, cancellationToken);
        var bodies = await db.ResponsibleBodies.ToDictionaryAsync(b => b.Slug, b => b.Id, StringComparer.Ordinal, cancellationToken);
        var statuses = await db.Statuses.ToDictionaryAsync(s => s.Key, s => s, StringComparer.Ordinal, cancellationToken);
        var sections = await (from s in db.SituationSections
                              join r in db.SituationReports on s.ReportId equals r.Id
                              select new { Key = r.Slug + "/" + s.Slug, s.Id }).ToDictionaryAsync(x => x.Key, x => x.Id, StringComparer.Ordinal, cancellationToken);
        // Goals and areas are two collections: one query each (split) rather than their product, chosen explicitly so
        // EF Core does not warn about it at every setup.
        var existing = await db.Measures.Include(m => m.Goals).Include(m => m.Areas).AsSplitQuery().ToDictionaryAsync(m => m.Slug, StringComparer.Ordinal, cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var now = clock.GetUtcNow().UtcDateTime;
        var inPlan = new List<Measure>();

        for (var i = 0; i < data.Measures.Count; i++)
        {
            var input = data.Measures[i];
            var at = $"measures[{i}]";
            context.Require(Slug.IsValid(input.Slug), at + ".slug", "får bara innehålla a–z, 0–9 och bindestreck");
            context.Require(seen.Add(input.Slug), at + ".slug", $"\"{input.Slug}\" förekommer två gånger");
            context.Require(statuses.TryGetValue(input.Status, out var status), at + ".status", $"\"{input.Status}\" är ingen status (se steget MeasureStatuses)");
            Guid? bodyId = null;
            if (input.Responsible is not null)
            {
                context.Require(bodies.TryGetValue(input.Responsible, out var found), at + ".responsible", $"\"{input.Responsible}\" är inget ansvarigt organ (se steget ResponsibleBodies)");
                bodyId = found;
            }

            if (!existing.TryGetValue(input.Slug, out var measure))
            {
                measure = new Measure { Id = StableId.For("measure", input.Slug), Slug = input.Slug };
                db.Measures.Add(measure);
                existing[input.Slug] = measure;
            }

            context.Require(measure.PlanId == Guid.Empty || measure.PlanId == plan.Id, at + ".slug", "hör redan till en annan åtgärdsplan");
            measure.PlanId = plan.Id;
            measure.Title = input.Title.Trim();
            measure.Description = input.Description?.Trim();
            measure.Problem = input.Problem?.Trim();
            measure.ProblemSectionId = null;
            if (input.ProblemSection is not null)
            {
                context.Require(sections.TryGetValue(input.ProblemSection, out var sectionId), at + ".problemSection",
                    $"\"{input.ProblemSection}\" är inget avsnitt; skriv lägesbildens och avsnittets adressnamn, t.ex. lagesbild-2025/narkotika (se steget Situation)");
                measure.ProblemSectionId = sectionId;
            }
            measure.ResponsibleBodyId = bodyId;
            measure.Contributors = input.Contributors?.Trim();
            measure.Start = input.Start;
            measure.End = input.End;
            measure.StatusId = status!.Id;
            measure.Progress = input.Progress ?? status.DefaultProgress ?? 0;
            measure.Weight = input.Weight;
            measure.BudgetReference = input.BudgetReference?.Trim();
            measure.Classification = input.Classification;
            measure.Targets = input.Indicators.Select(t => new MeasureTarget { Name = t.Name.Trim(), Unit = t.Unit, Baseline = t.Baseline, Target = t.Target, Actual = t.Actual }).ToList();
            for (var t = 0; t < input.Indicators.Count; t++)
            {
                context.Require(!string.IsNullOrWhiteSpace(input.Indicators[t].Name), $"{at}.indicators[{t}].name", "får inte vara tomt");
            }

            var goalIds = new List<Guid>();
            for (var g = 0; g < input.Goals.Count; g++)
            {
                context.Require(goals.TryGetValue(input.Goals[g], out var goalId), $"{at}.goals[{g}]", $"\"{input.Goals[g]}\" är inget mål");
                goalIds.Add(goalId);
            }

            var areaIds = new List<Guid>();
            for (var a = 0; a < input.Areas.Count; a++)
            {
                context.Require(areas.TryGetValue(input.Areas[a], out var areaId), $"{at}.areas[{a}]", $"\"{input.Areas[a]}\" är inget område (se steget Areas)");
                areaIds.Add(areaId);
            }

            MeasureLinks.SetGoals(measure, goalIds);
            MeasureLinks.SetAreas(measure, areaIds);
            foreach (var (field, problem) in MeasureRules.Check(measure))
            {
                throw context.Fail($"'{at}.{field}' {problem}");
            }

            inPlan.Add(measure);
        }

        // Parents second, so a parent may come after its child in the file.
        for (var i = 0; i < data.Measures.Count; i++)
        {
            var input = data.Measures[i];
            var measure = existing[input.Slug];
            measure.ParentId = null;
            if (input.Parent is null)
            {
                continue;
            }

            context.Require(existing.TryGetValue(input.Parent, out var parent), $"measures[{i}].parent", $"\"{input.Parent}\" är ingen åtgärd");
            context.Require(parent!.PlanId == plan.Id, $"measures[{i}].parent", "hör till en annan åtgärdsplan");
            context.Require(parent.Id != measure.Id, $"measures[{i}].parent", "kan inte vara åtgärden själv");
            measure.ParentId = parent.Id;
        }

        var planMeasures = existing.Values.Where(m => m.PlanId == plan.Id).ToList();
        try
        {
            ProgressRollup.Apply(planMeasures);
        }
        catch (InvalidOperationException)
        {
            throw context.Fail("'measures' har överordnade åtgärder som bildar en cirkel");
        }

        await db.SaveChangesAsync(cancellationToken);

        // Timelines: replaced by the recipe's (history that a recipe writes is the recipe's to rewrite).
        for (var i = 0; i < data.Measures.Count; i++)
        {
            var input = data.Measures[i];
            var measure = existing[input.Slug];
            await db.ProgressUpdates.Where(u => u.MeasureId == measure.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Milestones.Where(m => m.MeasureId == measure.Id).ExecuteDeleteAsync(cancellationToken);
            for (var u = 0; u < input.Updates.Count; u++)
            {
                var update = input.Updates[u];
                var at = $"measures[{i}].updates[{u}]";
                context.Require(statuses.TryGetValue(update.Status, out var updateStatus), at + ".status", $"\"{update.Status}\" är ingen status");
                var progress = update.Progress ?? updateStatus!.DefaultProgress ?? 0;
                context.Require(progress is >= 0 and <= 100, at + ".progress", "måste vara mellan 0 och 100");
                context.Require(!string.IsNullOrWhiteSpace(update.Text) && update.Text.Length <= 4000, at + ".text", "måste anges och ha högst 4000 tecken");
                db.ProgressUpdates.Add(new ProgressUpdate
                {
                    Id = StableId.For("update", $"{measure.Slug}/{u}"),
                    MeasureId = measure.Id,
                    Date = update.Date,
                    StatusId = updateStatus!.Id,
                    Progress = progress,
                    Text = update.Text.Trim(),
                    Author = update.By?.Trim(),
                    CreatedUtc = now,
                });
            }

            for (var s = 0; s < input.Milestones.Count; s++)
            {
                var milestone = input.Milestones[s];
                context.Require(!string.IsNullOrWhiteSpace(milestone.Title) && milestone.Title.Length <= 300, $"measures[{i}].milestones[{s}].title", "måste anges och ha högst 300 tecken");
                db.Milestones.Add(new Milestone
                {
                    Id = StableId.For("milestone", $"{measure.Slug}/{s}"),
                    MeasureId = measure.Id,
                    Title = milestone.Title.Trim(),
                    Description = milestone.Description?.Trim(),
                    Date = milestone.Date,
                    Done = milestone.Done,
                });
            }

            measure.LastReportedOn = input.Updates.Count == 0 ? null : input.Updates.Max(u => u.Date);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal sealed class Input
    {
        public required string Slug { get; init; }

        public required string Title { get; init; }

        public string? Description { get; init; }

        public required DateOnly From { get; init; }

        public required DateOnly To { get; init; }

        public string? DecisionReference { get; init; }

        public DateOnly? DecidedOn { get; init; }

        public List<MeasureInput> Measures { get; init; } = [];

        public List<PeriodInput> Periods { get; init; } = [];
    }

    internal sealed class PeriodInput
    {
        public required string Name { get; init; }

        public required DateOnly From { get; init; }

        public required DateOnly To { get; init; }
    }

    internal sealed class MeasureInput
    {
        public required string Slug { get; init; }

        public required string Title { get; init; }

        public string? Description { get; init; }

        public string? Problem { get; init; }

        /// <summary>The lägesbild section the measure answers, as "lägesbild-slug/avsnitt-slug".</summary>
        public string? ProblemSection { get; init; }

        public List<string> Goals { get; init; } = [];

        public List<string> Areas { get; init; } = [];

        public string? Responsible { get; init; }

        public string? Contributors { get; init; }

        public DateOnly? Start { get; init; }

        public DateOnly? End { get; init; }

        public required string Status { get; init; }

        public int? Progress { get; init; }

        public string? Parent { get; init; }

        public decimal? Weight { get; init; }

        public string? BudgetReference { get; init; }

        public Classification Classification { get; init; }

        public List<TargetInput> Indicators { get; init; } = [];

        public List<UpdateInput> Updates { get; init; } = [];

        public List<MilestoneInput> Milestones { get; init; } = [];
    }

    internal sealed class TargetInput
    {
        public required string Name { get; init; }

        public string? Unit { get; init; }

        public decimal? Baseline { get; init; }

        public decimal? Target { get; init; }

        public decimal? Actual { get; init; }
    }

    internal sealed class UpdateInput
    {
        public required DateOnly Date { get; init; }

        public required string Status { get; init; }

        public int? Progress { get; init; }

        public required string Text { get; init; }

        public string? By { get; init; }
    }

    internal sealed class MilestoneInput
    {
        public required string Title { get; init; }

        public string? Description { get; init; }

        public required DateOnly Date { get; init; }

        public bool Done { get; init; }
    }
}
