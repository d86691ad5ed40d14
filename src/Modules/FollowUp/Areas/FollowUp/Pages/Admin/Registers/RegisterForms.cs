using System.ComponentModel.DataAnnotations;
using System.Net.Mail;
using Trygghet.Modules.FollowUp.Geography;
using Trygghet.Modules.FollowUp.Plans;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

internal sealed class AreaForm : IRegisterForm<CityArea>
{
    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(200, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Namn")]
    public string Name { get; set; } = string.Empty;

    [StringLength(80, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Adressnamn (slug)")]
    public string? Key { get; set; }

    [Range(0, 10_000, ErrorMessage = "{0} måste vara mellan {1} och {2}.")]
    [Display(Name = "Ordning")]
    public int SortOrder { get; set; }

    public Guid Version { get; set; }

    public static AreaForm Of(CityArea a) => new() { Name = a.Name, Key = a.Slug, SortOrder = a.SortOrder, Version = a.Version };

    public IEnumerable<(string Key, string Message)> Problems() => [];

    public void ApplyTo(CityArea a)
    {
        a.Name = Name.Trim();
        a.SortOrder = SortOrder;
    }
}

internal sealed class BodyForm : IRegisterForm<ResponsibleBody>
{
    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(200, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Namn")]
    public string Name { get; set; } = string.Empty;

    [StringLength(80, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Adressnamn (slug)")]
    public string? Key { get; set; }

    [Display(Name = "Slag")]
    public BodyKind Kind { get; set; }

    [StringLength(20_000, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Rapportörer")]
    public string? Reporters { get; set; }

    [Range(0, 10_000, ErrorMessage = "{0} måste vara mellan {1} och {2}.")]
    [Display(Name = "Ordning")]
    public int SortOrder { get; set; }

    public Guid Version { get; set; }

    public static BodyForm Of(ResponsibleBody b) => new()
    {
        Name = b.Name, Key = b.Slug, Kind = b.Kind, Reporters = string.Join('\n', b.Reporters), SortOrder = b.SortOrder, Version = b.Version,
    };

    /// <summary>One e-mail address per line, lower-cased (it is the sign-in name) and without repeats.</summary>
    public List<string> ReporterList() =>
        (Reporters ?? string.Empty).Split('\n').Select(r => r.Trim().ToLowerInvariant()).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    public IEnumerable<(string Key, string Message)> Problems()
    {
        if (!Enum.IsDefined(Kind))
        {
            yield return ("Input.Kind", "Välj ett slag i listan.");
        }

        var lines = (Reporters ?? string.Empty).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0 && (line.Length > 256 || !MailAddress.TryCreate(line, out var address) || address.Address != line))
            {
                yield return ("Input.Reporters", $"Rapportörer, rad {i + 1}: \"{line}\" är ingen e-postadress.");
            }
        }
    }

    public void ApplyTo(ResponsibleBody b)
    {
        b.Name = Name.Trim();
        b.Kind = Kind;
        b.Reporters = ReporterList();
        b.SortOrder = SortOrder;
    }
}

internal sealed class StatusForm : IRegisterForm<MeasureStatus>
{
    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(100, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Namn")]
    public string Name { get; set; } = string.Empty;

    [StringLength(40, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Nyckel")]
    public string? Key { get; set; }

    [Range(0, 100, ErrorMessage = "{0} måste vara mellan {1} och {2}.")]
    [Display(Name = "Förvalt framsteg (procent)")]
    public int? DefaultProgress { get; set; }

    [Display(Name = "Slutstatus (åtgärden väntas inte rapportera mer)")]
    public bool IsFinal { get; set; }

    [Range(0, 10_000, ErrorMessage = "{0} måste vara mellan {1} och {2}.")]
    [Display(Name = "Ordning")]
    public int SortOrder { get; set; }

    public Guid Version { get; set; }

    public static StatusForm Of(MeasureStatus s) => new()
    {
        Name = s.Name, Key = s.Key, DefaultProgress = s.DefaultProgress, IsFinal = s.IsFinal, SortOrder = s.SortOrder, Version = s.Version,
    };

    public IEnumerable<(string Key, string Message)> Problems() => [];

    public void ApplyTo(MeasureStatus s)
    {
        s.Name = Name.Trim();
        s.DefaultProgress = DefaultProgress;
        s.IsFinal = IsFinal;
        s.SortOrder = SortOrder;
    }
}
