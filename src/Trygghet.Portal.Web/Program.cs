using Trygghet.Modules.Audit;
using Trygghet.Modules.CitizenPromises;
using Trygghet.Modules.Content;
using Trygghet.Modules.FollowUp;
using Trygghet.Modules.Governance;
using Trygghet.Modules.Identity;
using Trygghet.Modules.Partners;
using Trygghet.Modules.Media;
using Trygghet.Modules.Notifications;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Web.Hosting;
using Trygghet.Portal.Web.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalModules(
    new IdentityModule(),
    new GovernanceModule(),
    new FollowUpModule(),
    new CitizenPromisesModule(),
    new AuditModule(),
    new PartnersModule(),
    new MediaModule(),
    new ContentModule(),
    new NotificationsModule());
builder.AddPortalProxy();
builder.AddPortalSite();
builder.AddPortalWeb();
builder.AddPortalOutputCache();
builder.AddPortalHealthChecks();
builder.AddPortalOpenApi();

var app = builder.Build();
app.BeginPortalDatabase();

app.UsePortalProxy();
app.UsePortalErrorHandling();
app.UsePortalSecurityHeaders();
app.UseStaticFiles();
app.UseRequestLocalization();
app.UsePortalOutputCache();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.UseRateLimiter();
app.UsePortalPagingValidation();
app.UsePortalSetupRedirect();
app.UsePortalModuleSwitches();

app.MapPortalHealthChecks();
app.MapPortalDiscovery();
app.MapPortalOpenApi();
app.MapPortalModules();
app.MapRazorPages();
app.MapPortalNotFound();

app.Run();

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
