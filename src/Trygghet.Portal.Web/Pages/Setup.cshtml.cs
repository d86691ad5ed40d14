using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Trygghet.Portal.Core.Recipes;
using Trygghet.Portal.Core.Site;
using Trygghet.Portal.Web.Setup;

namespace Trygghet.Portal.Web.Pages;

/// <summary>First run: pick a recipe and create the administrator. Answers 404 once the site is set up.</summary>
[AllowAnonymous]
internal sealed class SetupModel(ISiteInfo site, RecipeLoader recipes, SetupService setup, IStringLocalizer<SetupModel> t) : PageModel
{
    [BindProperty]
    public SetupForm Input { get; set; } = new();

    public IReadOnlyList<RecipeSummary> Recipes { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (site.IsSetUp)
        {
            return NotFound();
        }

        Recipes = recipes.List();
        Input.Recipe = Recipes.Any(r => r.Name == "linkoping") ? "linkoping" : Recipes.FirstOrDefault()?.Name ?? string.Empty;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (site.IsSetUp)
        {
            return NotFound();
        }

        Recipes = recipes.List();
        if (!string.IsNullOrEmpty(Input.Recipe) && Recipes.All(r => r.Name != Input.Recipe))
        {
            ModelState.AddModelError("Input.Recipe", t["Receptet {0} finns inte.", Input.Recipe]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await setup.RunAsync(Input.Recipe, Input.AdminEmail, Input.AdminPassword, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var (field, message) in result.Errors)
            {
                ModelState.AddModelError("Input." + field, message);
            }

            return Page();
        }

        return Redirect("/konto/logga-in?ReturnUrl=%2Fadmin");
    }

    internal sealed class SetupForm
    {
        [Required(ErrorMessage = "Välj ett {0}.")]
        [Display(Name = "recept")]
        public string Recipe { get; set; } = string.Empty;

        [Required(ErrorMessage = "Ange {0}.")]
        [EmailAddress(ErrorMessage = "Ange en giltig {0}.")]
        [Display(Name = "Administratörens e-postadress")]
        public string AdminEmail { get; set; } = string.Empty;

        [Required(ErrorMessage = "Ange {0}.")]
        [DataType(DataType.Password)]
        [Display(Name = "Administratörens lösenord")]
        public string AdminPassword { get; set; } = string.Empty;
    }
}
