using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.FollowUp.Situation;

/// <summary>A lägesbild for a period (usually a year): drafted by Säkerhetsenheten, set by Trygghetsrådet. Only a set
/// lägesbild, and only its Offentlig sections and indicators, reach citizens.</summary>
internal sealed class SituationReport : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Slug { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    /// <summary>The public summary.</summary>
    public string? Summary { get; set; }

    /// <summary>Trygghetsrådet's decision, e.g. "Trygghetsrådet 2026-01-20 § 3".</summary>
    public string? DecisionReference { get; set; }

    /// <summary>Null while the lägesbild is a draft.</summary>
    public DateOnly? SetOn { get; set; }

    public Guid Version { get; set; }
}

/// <summary>A problem area of a lägesbild (youth crime, drugs, insecurity in public places) with its text.</summary>
internal sealed class SituationSection : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid ReportId { get; set; }

    public string Slug { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public Portal.Core.Classification.Classification Classification { get; set; }

    public int SortOrder { get; set; }

    public Guid Version { get; set; }
}

/// <summary>A measured series (reported crimes, NTU, trygghetsmätning, own data) with values per year, optionally per
/// area, gender and age group.</summary>
internal sealed class Indicator : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid ReportId { get; set; }

    /// <summary>The section (problem area) the indicator belongs to; null for the lägesbild as a whole.</summary>
    public Guid? SectionId { get; set; }

    public string Slug { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Unit { get; set; }

    /// <summary>E.g. "Brå, anmälda brott", "NTU", "Polisens trygghetsmätning", "Egen data".</summary>
    public string Source { get; set; } = string.Empty;

    public string? Description { get; set; }

    public Portal.Core.Classification.Classification Classification { get; set; }

    public int SortOrder { get; set; }

    public Guid Version { get; set; }
}

/// <summary>One value of an indicator. Null area means the whole municipality; null gender or age group means all.</summary>
internal sealed class IndicatorValue
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid IndicatorId { get; set; }

    public int Year { get; set; }

    public Guid? AreaId { get; set; }

    /// <summary>"kvinnor", "man" or null (everyone).</summary>
    public string? Gender { get; set; }

    /// <summary>E.g. "16–24"; null for every age.</summary>
    public string? AgeGroup { get; set; }

    public decimal Value { get; set; }
}
