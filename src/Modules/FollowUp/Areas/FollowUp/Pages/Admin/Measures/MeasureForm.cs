using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

internal sealed class MeasureForm
{
    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(300, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Namn")]
    public string Title { get; set; } = string.Empty;

    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(80, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Adressnamn (slug)")]
    public string Slug { get; set; } = string.Empty;

    [StringLength(8000, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Beskrivning")]
    public string? Description { get; set; }

    [StringLength(2000, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Problem i lägesbilden som åtgärden svarar mot")]
    public string? Problem { get; set; }

    [Display(Name = "Avsnitt i lägesbilden")]
    public Guid? ProblemSectionId { get; set; }

    [Display(Name = "Mål")]
    public List<Guid> GoalIds { get; set; } = [];

    [Display(Name = "Områden")]
    public List<Guid> AreaIds { get; set; } = [];

    [Display(Name = "Ansvarigt organ")]
    public Guid? ResponsibleBodyId { get; set; }

    [StringLength(1000, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Medverkande")]
    public string? Contributors { get; set; }

    [Display(Name = "Startdatum")]
    public DateOnly? Start { get; set; }

    [Display(Name = "Slutdatum")]
    public DateOnly? End { get; set; }

    [Display(Name = "Status")]
    public Guid StatusId { get; set; }

    [Range(0, 100, ErrorMessage = "{0} måste vara mellan {1} och {2}.")]
    [Display(Name = "Framsteg (procent)")]
    public int Progress { get; set; }

    [StringLength(80, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Överordnad åtgärd (adressnamn)")]
    public string? ParentSlug { get; set; }

    [Range(typeof(decimal), "0.001", "1000", ErrorMessage = "{0} måste vara större än 0 och högst 1000.", ParseLimitsInInvariantCulture = true)]
    [Display(Name = "Vikt")]
    public decimal? Weight { get; set; }

    [StringLength(200, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Budgetreferens")]
    public string? BudgetReference { get; set; }

    [Display(Name = "Klassning")]
    public Classification Classification { get; set; }

    [StringLength(4000, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Indikatorer")]
    public string? Targets { get; set; }

    public Guid Version { get; set; }

    public static MeasureForm Of(Measure m, string? parentSlug) => new()
    {
        Title = m.Title, Slug = m.Slug, Description = m.Description, Problem = m.Problem, ProblemSectionId = m.ProblemSectionId,
        GoalIds = m.Goals.Select(g => g.GoalId).ToList(), AreaIds = m.Areas.Select(a => a.AreaId).ToList(),
        ResponsibleBodyId = m.ResponsibleBodyId, Contributors = m.Contributors, Start = m.Start, End = m.End,
        StatusId = m.StatusId, Progress = m.Progress, ParentSlug = parentSlug, Weight = m.Weight,
        BudgetReference = m.BudgetReference, Classification = m.Classification,
        Targets = string.Join('\n', m.Targets.Select(t => string.Join(" | ", t.Name, t.Unit, N(t.Baseline), N(t.Target), N(t.Actual)))),
        Version = m.Version,
    };

    /// <summary>One indicator per line: "namn | enhet | utgångsvärde | mål | utfall"; the numbers may be empty.</summary>
    public static (List<MeasureTarget> Targets, List<string> Problems) ParseTargets(string? text)
    {
        var targets = new List<MeasureTarget>();
        var problems = new List<string>();
        var lines = (text ?? string.Empty).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('|').Select(p => p.Trim()).ToArray();
            if (parts.Length > 5 || parts[0].Length == 0)
            {
                problems.Add($"Indikatorer, rad {i + 1}: skriv namn | enhet | utgångsvärde | mål | utfall.");
                continue;
            }

            var target = new MeasureTarget { Name = parts[0], Unit = parts.ElementAtOrDefault(1) is { Length: > 0 } u ? u : null };
            var numbers = new decimal?[3];
            for (var n = 0; n < 3; n++)
            {
                var raw = parts.ElementAtOrDefault(n + 2);
                if (string.IsNullOrEmpty(raw))
                {
                    continue;
                }

                if (decimal.TryParse(raw.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                {
                    numbers[n] = value;
                }
                else
                {
                    problems.Add($"Indikatorer, rad {i + 1}: \"{raw}\" är inget tal.");
                }
            }

            (target.Baseline, target.Target, target.Actual) = (numbers[0], numbers[1], numbers[2]);
            targets.Add(target);
        }

        return (targets, problems);
    }

    /// <summary>Copies the form onto <paramref name="m"/> (goals and areas by difference; the parent is set by MeasureEditor).</summary>
    public void ApplyTo(Measure m, List<MeasureTarget> targets)
    {
        m.Title = Title.Trim();
        m.Slug = Slug.Trim();
        m.Description = Blank(Description);
        m.Problem = Blank(Problem);
        m.ProblemSectionId = ProblemSectionId;
        m.ResponsibleBodyId = ResponsibleBodyId;
        m.Contributors = Blank(Contributors);
        m.Start = Start;
        m.End = End;
        m.StatusId = StatusId;
        m.Progress = Progress;
        m.Weight = Weight;
        m.BudgetReference = Blank(BudgetReference);
        m.Classification = Enum.IsDefined(Classification) ? Classification : Classification.Intern;
        m.Targets = targets;
        MeasureLinks.SetGoals(m, GoalIds);
        MeasureLinks.SetAreas(m, AreaIds);
    }

    public static (string Key, string Label) Field(string field) => field switch
    {
        "title" => ("Input.Title", "Namn"),
        "slug" => ("Input.Slug", "Adressnamn"),
        "progress" => ("Input.Progress", "Framsteg"),
        "end" => ("Input.End", "Slutdatum"),
        "weight" => ("Input.Weight", "Vikt"),
        "classification" => ("Input.Classification", "Klassning"),
        "parent" => ("Input.ParentSlug", "Överordnad åtgärd"),
        _ => (string.Empty, field),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string N(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
