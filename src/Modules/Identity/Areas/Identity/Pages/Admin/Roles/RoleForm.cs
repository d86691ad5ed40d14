using System.ComponentModel.DataAnnotations;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages.Admin;

internal sealed class RoleForm
{
    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(100, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Rollens namn")]
    public string Name { get; set; } = string.Empty;

    [StringLength(500, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Beskrivning")]
    public string? Description { get; set; }

    public List<string> Permissions { get; set; } = [];

    public string? ConcurrencyStamp { get; set; }
}
