using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Partners.Invitations;

namespace Trygghet.Modules.Partners.Areas.Partners.Pages;

/// <summary>An invitation link: the form to choose a password (GET), and the account with its membership (POST).
/// When the invited address already has an account, the person signs in with it (back to this link) and joins
/// instead. Any link that does not work gets one and the same message, so a guesser learns nothing.</summary>
[AllowAnonymous]
internal sealed class AcceptInvitationModel(InvitationWork work, IStringLocalizer<AcceptInvitationModel> t) : PageModel
{
    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public PendingInvitation? Pending { get; private set; }

    /// <summary>The invited address has an account: no password form, but sign-in and joining.</summary>
    public bool HasAccount { get; private set; }

    /// <summary>Signed in as the invited account: it may join.</summary>
    public bool SignedInAsInvitee { get; private set; }

    public string SignInUrl => "/konto/logga-in?ReturnUrl=" + Uri.EscapeDataString(Request.Path);

    public async Task OnGetAsync(string token, CancellationToken cancellationToken) => await LoadAsync(token, cancellationToken);

    public async Task<IActionResult> OnPostJoinAsync(string token, CancellationToken cancellationToken)
    {
        await LoadAsync(token, cancellationToken);
        if (Pending is null || !SignedInAsInvitee)
        {
            return Page();
        }

        if (!await work.JoinAsync(Pending, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken))
        {
            Pending = null;
            return Page();
        }

        return Redirect("/samverkan");
    }

    private async Task LoadAsync(string token, CancellationToken cancellationToken)
    {
        Pending = await work.FindPendingAsync(token, cancellationToken);
        if (Pending is not null)
        {
            (HasAccount, SignedInAsInvitee) = await work.ExistingAccountAsync(Pending, User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        await LoadAsync(token, cancellationToken);
        if (Pending is null || HasAccount)
        {
            return Page();
        }

        ModelState.Clear();
        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), t["Lösenord måste anges."]);
            return Page();
        }

        if (Password != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), t["Upprepa lösenordet: lösenorden är inte lika."]);
            return Page();
        }

        var problems = await work.AcceptAsync(Pending, Password, cancellationToken);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                ModelState.AddModelError(problem.Field == "Password" ? nameof(Password) : string.Empty, problem.Message);
            }

            return Page();
        }

        return Redirect("/konto/logga-in?ReturnUrl=" + Uri.EscapeDataString("/samverkan"));
    }
}
