using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Persistence;

namespace Platform.Identity;

internal static class IdentitySetup
{
    public const string SmartScheme = "CookieOrApiKey";
    public const string OidcScheme = "oidc";

    public static IServiceCollection AddPlatformIdentity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddUserStore();
        services.AddSignInCookie(environment);
        services.AddSignInSchemes(configuration);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.PlatformAdmin, p => p.RequireRole(Roles.PlatformAdmin))
            .AddPolicy(Policies.Finance, p => p.RequireRole(Roles.Finance, Roles.PlatformAdmin))
            .AddPolicy(Policies.Agent, p => p.RequireRole(Roles.Agent, Roles.PlatformAdmin))
            .AddPolicy(Policies.TenantAdmin, p => p.RequireRole(Roles.TenantAdmin, Roles.PlatformAdmin))
            .AddPolicy(Policies.Reporter, p => p.RequireRole(Roles.Reporter, Roles.TenantAdmin, Roles.Agent, Roles.PlatformAdmin));
        return services;
    }

    /// <summary>ASP.NET Core Identity on the platform's database, and the user administration built on it.</summary>
    private static void AddUserStore(this IServiceCollection services)
    {
        // A removed or locked-out user loses a signed-in session within minutes, not half an hour.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(2));
        services.AddIdentity<PlatformUser, IdentityRole<Guid>>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddClaimsPrincipalFactory<PlatformClaimsFactory>()
            .AddDefaultTokenProviders();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = PasswordLinks.Validity);
        services.AddScoped<PasswordLinks>();
        services.AddScoped<AdminAudit>();
        services.AddScoped<TwoFactor>();
        services.AddScoped<Platform.Audit.AuditTrail>();
        services.AddScoped<Platform.Kernel.Audit.IAuditSource, Platform.Audit.IdentityAuditSource>();
        services.AddSingleton(new Platform.Kernel.Web.NavigationItem("/beheer/auditlog", "Auditlog", 130, Roles.PlatformAdmin, Roles.TenantAdmin));
        services.AddOptions<TwoFactorOptions>().BindConfiguration("Identity")
            .Validate(o => o.RequiredRoles.All(r => Roles.All.Contains(r)), "Identity:RequireTwoFactorForRoles names an unknown role.")
            .ValidateOnStart();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add<TwoFactorRequirement>());
        services.AddScoped<UserAdministration>();
        services.AddScoped<UserList>();
        services.AddScoped<Platform.Kernel.Privacy.ITenantDataHolder, Privacy.IdentityTenantData>();
        services.AddScoped<Platform.Kernel.Privacy.IRetentionPurge, Privacy.MailPickupPurge>();
        services.AddSingleton(new Platform.Kernel.Web.NavigationItem("/beheer/gebruikers", "Gebruikers", 120, Roles.PlatformAdmin));
    }

    /// <summary>The sign-in cookie of the pages.</summary>
    private static void AddSignInCookie(this IServiceCollection services, IHostEnvironment environment) =>
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/aanmelden";
            o.LogoutPath = "/afmelden";
            o.AccessDeniedPath = "/geen-toegang";
            o.Cookie.Name = "mbp.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = environment.IsDevelopment() || environment.IsEnvironment("Testing")
                ? CookieSecurePolicy.SameAsRequest
                : CookieSecurePolicy.Always;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // APIs answer with status codes, never with a redirect to the login page.
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
            // Every sign-in (password, invitation, OpenID Connect) is recorded for the users page.
            o.Events.OnSignedIn = async ctx =>
            {
                if (PlatformClaims.UserId(ctx.Principal!) is not { } id) return;
                var db = ctx.HttpContext.RequestServices.GetRequiredService<PlatformDbContext>();
                var now = ctx.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastSignInAt, now));
            };
        });

    /// <summary>Cookie or API key (by the Authorization header), and the government's OpenID Connect when configured.</summary>
    private static void AddSignInSchemes(this IServiceCollection services, IConfiguration configuration)
    {
        var auth = services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultAuthenticateScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultForbidScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or API key", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);

        // Whether the scheme exists is decided while composing (a scheme cannot be added to a built container); its
        // values come from the validated options (ADR 0022).
        services.AddOptions<OidcOptions>().BindConfiguration(OidcOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var oidc = configuration.GetSection(OidcOptions.Section).Get<OidcOptions>() ?? new OidcOptions();
        if (oidc.Enabled)
            auth.AddOpenIdConnect(OidcScheme, oidc.DisplayName, o =>
            {
                o.Authority = oidc.Authority;
                o.ClientId = oidc.ClientId;
                o.ClientSecret = oidc.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.CallbackPath = "/signin-oidc";
                o.Scope.Add("email");
                o.MapInboundClaims = false;
            });
    }


    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        // Relative: the request's Host header (which a client chooses) is never echoed into a Location.
        var target = ctx.RedirectUri;
        if (Uri.TryCreate(target, UriKind.Absolute, out var absolute) && absolute.Authority.Equals(ctx.Request.Host.Value, StringComparison.OrdinalIgnoreCase))
            target = absolute.PathAndQuery + absolute.Fragment;
        ctx.Response.Redirect(target);
        return Task.CompletedTask;
    }
}
