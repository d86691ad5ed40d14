using System.ComponentModel.DataAnnotations;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages.Admin;

internal sealed class UserForm
{
    [Required(ErrorMessage = "Ange {0}.")]
    [NoHiddenCharacters]
    [EmailAddress(ErrorMessage = "Ange en giltig {0}.")]
    [StringLength(256, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "E-postadress")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(200, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Namn")]
    public string DisplayName { get; set; } = string.Empty;

    [DataType(DataType.Password)]
    [Display(Name = "Lösenord")]
    public string? Password { get; set; }

    [Display(Name = "Roller")]
    public List<string> Roles { get; set; } = [];

    public string? ConcurrencyStamp { get; set; }
}
