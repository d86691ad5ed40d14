using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Trygghet.Modules.Identity.Contracts;
using Trygghet.Modules.Identity.Data;
using Trygghet.Modules.Identity.External;
using Trygghet.Modules.Identity.Mfa;
using Trygghet.Modules.Identity.OpenId;
using Trygghet.Modules.Identity.PartnerApi;
using Trygghet.Modules.Identity.Passwords;
using Trygghet.Modules.Identity.Recipes;
using Trygghet.Modules.Identity.Throttling;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Modules;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity;

/// <summary>Users, roles, sign-in and the role → permission grants every other module's checks rely on.</summary>
public sealed class IdentityModule : PortalModule
{
    public const string ModuleName = "Identity";

    public override string Name => ModuleName;

    public override bool IsRequired => true;

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<IdentityDataContext, SqliteIdentityDataContext, PostgresIdentityDataContext>(context, IdentityDataContext.Schema);
        services.AddIdentity<PortalUser, PortalRole>(options =>
            {
                // ASVS: length and a list of common passwords, no composition rules.
                options.Password.RequiredLength = PasswordPolicyValidator.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                // Lockout only deactivates accounts (an administrator sets its end). Failed passwords and codes never
                // lock — anyone could lock anyone — they are throttled per client and address (SignInThrottle).
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = int.MaxValue;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                // TOTP with one step either side and no reuse (ASVS 5.0 6.5.1/6.5.5), not Identity's ±90 s.
                options.Tokens.AuthenticatorTokenProvider = TotpTokenProvider.ProviderName;
            })
            .AddEntityFrameworkStores<IdentityDataContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<SwedishIdentityErrors>()
            .AddPasswordValidator<PasswordPolicyValidator>()
            .AddTokenProvider<TotpTokenProvider>(TotpTokenProvider.ProviderName);
        services.AddSingleton<TotpClock>();
        services.AddSingleton<SignInThrottle>();
        // One node counts in memory; the host replaces this with the Redis counters when the cluster has Redis.
        services.TryAddSingleton<IFailureCounters, MemoryFailureCounters>();
        services.AddSingleton<DummyHash>();
        services.AddScoped<PasswordCheck>();
        services.AddSingleton(MfaSettings.From(context.Configuration));
        services.AddScoped<MfaPolicy>();
        services.AddScoped<TotpEnrolment>();
        services.AddScoped<SecondFactorSetup>();
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, MfaRequirementHandler>();
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, SecondFactorRequirementHandler>();
        services.AddAuthorizationBuilder().AddPolicy(IdentityPolicies.SecondFactor, policy =>
            policy.RequireAuthenticatedUser().AddRequirements(new SecondFactorRequirement()));
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, MfaAuthorizationResultHandler>();

        // A deactivated account or changed roles reach signed-in sessions within a minute.
        // The refresh keeps how the session signed in (its second factor); see SessionSecurity and ADR 0026.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = SessionSecurity.KeepSignInClaims;
        });
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "trygghet.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            cookie.LoginPath = "/konto/logga-in";
            cookie.LogoutPath = "/konto/logga-ut";
            cookie.AccessDeniedPath = "/konto/atkomst-nekad";
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.Events.OnValidatePrincipal = SessionSecurity.ValidateEveryRequest(cookie.Events.OnValidatePrincipal);
            cookie.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes401);
            cookie.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes403);
        });

        services.AddMemoryCache();
        services.AddSingleton(new CommonPasswords(context.Section["CommonPasswordsFile"]));
        services.AddScoped<IRolePermissionLookup, RolePermissionLookup>();
        services.AddScoped<RolePermissions>();
        services.AddSingleton<IInvalidationHandler, RolePermissionInvalidation>();
        services.AddScoped<IAccountSetup, AccountSetup>();
        services.AddScoped<IStaffDirectory, StaffDirectory>();
        services.AddScoped<IPartnerAccounts, PartnerAccounts>();

        services.AddPortalOpenIdServer(context);
        services.AddPortalExternalProvider(context);
        services.AddPartnerApi();

        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddRecipeStep<RolesStep>();
        services.AddRecipeStep<UsersStep>();
        services.AddRecipeStep<OpenIdApplicationsStep>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        OpenIdEndpoints.Map(endpoints);
        ExternalSignInEndpoints.Map(endpoints);
        PartnerApiEndpoints.Map(endpoints);
    }

    private const int StatusCodes401 = 401;
    private const int StatusCodes403 = 403;

    /// <summary>API callers get a status code, people get the sign-in page.</summary>
    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        // The handler makes the address absolute from the request's scheme and host, which behind a proxy may not be the
        // public ones; the sign-in and access-denied pages are on this site, so the path and query are enough.
        context.Response.Redirect(Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri);
        return Task.CompletedTask;
    }
}
