using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Modules.FollowUp.Situation;
using Trygghet.Portal.Core.Classification;
using Trygghet.Portal.Core.Recipes;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.FollowUp.Recipes;

/// <summary>{ "name": "Situation", "slug", "title", "from", "to", "summary", "decisionReference", "setOn",
/// "sections": [ { "slug", "title", "text", "classification" } ],
/// "indicators": [ { "slug", "name", "unit", "source", "section", "classification", "description",
/// "values": [ { "year", "area", "gender", "ageGroup", "value" } ] } ] }: one lägesbild, created or updated by slug;
/// an indicator's values are replaced by the recipe's.</summary>
internal sealed class SituationStep(FollowUpDbContext db) : RecipeStep<SituationStep.Input>
{
    public override string Name => "Situation";

    public override string ModuleName => FollowUpModule.ModuleName;

    protected override async Task ExecuteAsync(Input data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        context.Require(Slug.IsValid(data.Slug), "slug", "får bara innehålla a–z, 0–9 och bindestreck");
        context.Require(!string.IsNullOrWhiteSpace(data.Title) && data.Title.Length <= 300, "title", "måste anges och ha högst 300 tecken");
        context.Require(data.To >= data.From, "to", "får inte vara före from");
        var report = await db.SituationReports.SingleOrDefaultAsync(r => r.Slug == data.Slug, cancellationToken);
        if (report is null)
        {
            report = new SituationReport { Id = StableId.For("situation", data.Slug), Slug = data.Slug };
            db.SituationReports.Add(report);
        }

        report.Title = data.Title.Trim();
        report.From = data.From;
        report.To = data.To;
        report.Summary = data.Summary?.Trim();
        report.DecisionReference = data.DecisionReference?.Trim();
        report.SetOn = data.SetOn;

        var sections = await db.SituationSections.Where(s => s.ReportId == report.Id).ToDictionaryAsync(s => s.Slug, StringComparer.Ordinal, cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < data.Sections.Count; i++)
        {
            var input = data.Sections[i];
            var at = $"sections[{i}]";
            context.Require(Slug.IsValid(input.Slug), at + ".slug", "får bara innehålla a–z, 0–9 och bindestreck");
            context.Require(seen.Add(input.Slug), at + ".slug", $"\"{input.Slug}\" förekommer två gånger");
            context.Require(!string.IsNullOrWhiteSpace(input.Title) && input.Title.Length <= 300, at + ".title", "måste anges och ha högst 300 tecken");
            context.Require(input.Text.Length <= 20000, at + ".text", "får ha högst 20000 tecken");
            context.Require(input.Classification != Classification.Sekretess, at + ".classification", "kan bara vara Offentlig eller Intern (sekretess hör inte hemma i lägesbilden)");
            if (!sections.TryGetValue(input.Slug, out var section))
            {
                section = new SituationSection { Id = StableId.For("section", $"{data.Slug}/{input.Slug}"), ReportId = report.Id, Slug = input.Slug };
                db.SituationSections.Add(section);
                sections[input.Slug] = section;
            }

            section.Title = input.Title.Trim();
            section.Text = input.Text.Trim();
            section.Classification = input.Classification;
            section.SortOrder = i;
        }

        await db.SaveChangesAsync(cancellationToken);

        var areas = await db.Areas.ToDictionaryAsync(a => a.Slug, a => a.Id, StringComparer.Ordinal, cancellationToken);
        var indicatorSlugs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < data.Indicators.Count; i++)
        {
            var input = data.Indicators[i];
            var at = $"indicators[{i}]";
            context.Require(Slug.IsValid(input.Slug), at + ".slug", "får bara innehålla a–z, 0–9 och bindestreck");
            context.Require(indicatorSlugs.Add(input.Slug), at + ".slug", $"\"{input.Slug}\" förekommer två gånger");
            context.Require(!string.IsNullOrWhiteSpace(input.Name) && input.Name.Length <= 300, at + ".name", "måste anges och ha högst 300 tecken");
            context.Require(!string.IsNullOrWhiteSpace(input.Source) && input.Source.Length <= 200, at + ".source", "måste anges och ha högst 200 tecken");
            context.Require(input.Classification != Classification.Sekretess, at + ".classification", "kan bara vara Offentlig eller Intern");
            Guid? sectionId = null;
            if (input.Section is not null)
            {
                context.Require(sections.TryGetValue(input.Section, out var section), at + ".section", $"\"{input.Section}\" är inget avsnitt i den här lägesbilden");
                sectionId = section!.Id;
            }

            var indicator = await db.Indicators.SingleOrDefaultAsync(x => x.Slug == input.Slug, cancellationToken);
            if (indicator is null)
            {
                indicator = new Indicator { Id = StableId.For("indicator", input.Slug), Slug = input.Slug };
                db.Indicators.Add(indicator);
            }

            context.Require(indicator.ReportId == Guid.Empty || indicator.ReportId == report.Id, at + ".slug", "hör redan till en annan lägesbild");
            indicator.ReportId = report.Id;
            indicator.SectionId = sectionId;
            indicator.Name = input.Name.Trim();
            indicator.Unit = input.Unit?.Trim();
            indicator.Source = input.Source.Trim();
            indicator.Description = input.Description?.Trim();
            indicator.Classification = input.Classification;
            indicator.SortOrder = i;
            await db.SaveChangesAsync(cancellationToken);
            await db.IndicatorValues.Where(v => v.IndicatorId == indicator.Id).ExecuteDeleteAsync(cancellationToken);
            var keys = new HashSet<(int, Guid?, string?, string?)>();
            for (var v = 0; v < input.Values.Count; v++)
            {
                var value = input.Values[v];
                var vat = $"{at}.values[{v}]";
                context.Require(value.Year is >= 1900 and <= 2100, vat + ".year", "måste vara ett år mellan 1900 och 2100");
                Guid? areaId = null;
                if (value.Area is not null)
                {
                    context.Require(areas.TryGetValue(value.Area, out var found), vat + ".area", $"\"{value.Area}\" är inget område");
                    areaId = found;
                }

                context.Require(IndicatorRules.IsGender(value.Gender), vat + ".gender", "måste vara kvinnor eller man");
                context.Require(value.AgeGroup is null || value.AgeGroup.Length <= 20, vat + ".ageGroup", "får ha högst 20 tecken");
                context.Require(keys.Add((value.Year, areaId, value.Gender, value.AgeGroup)), vat, "anger samma år, område, kön och åldersgrupp som ett tidigare värde");
                db.IndicatorValues.Add(new IndicatorValue
                {
                    Id = StableId.For("value", $"{input.Slug}/{v}"),
                    IndicatorId = indicator.Id,
                    Year = value.Year,
                    AreaId = areaId,
                    Gender = value.Gender,
                    AgeGroup = value.AgeGroup,
                    Value = value.Value,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal sealed class Input
    {
        public required string Slug { get; init; }

        public required string Title { get; init; }

        public required DateOnly From { get; init; }

        public required DateOnly To { get; init; }

        public string? Summary { get; init; }

        public string? DecisionReference { get; init; }

        public DateOnly? SetOn { get; init; }

        public List<SectionInput> Sections { get; init; } = [];

        public List<IndicatorInput> Indicators { get; init; } = [];
    }

    internal sealed class SectionInput
    {
        public required string Slug { get; init; }

        public required string Title { get; init; }

        public required string Text { get; init; }

        public Classification Classification { get; init; }
    }

    internal sealed class IndicatorInput
    {
        public required string Slug { get; init; }

        public required string Name { get; init; }

        public string? Unit { get; init; }

        public required string Source { get; init; }

        public string? Section { get; init; }

        public string? Description { get; init; }

        public Classification Classification { get; init; }

        public List<ValueInput> Values { get; init; } = [];
    }

    internal sealed class ValueInput
    {
        public required int Year { get; init; }

        public string? Area { get; init; }

        public string? Gender { get; init; }

        public string? AgeGroup { get; init; }

        public required decimal Value { get; init; }
    }
}
