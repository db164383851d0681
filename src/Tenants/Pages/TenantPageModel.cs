using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using Platform.Kernel.Web;
using Tenants.Domain;

namespace Tenants.Pages;

/// <summary>Base of the /beheer/{tenant}/… pages: the route's tenant is resolved (and checked against the user's
/// claim) by the tenancy middleware before the page runs.</summary>
[Authorize(Policy = Policies.TenantAdmin)]
internal abstract class TenantPageModel(TenantContext current) : PageModel
{
    [FromRoute(Name = "tenant")]
    public string Slug { get; set; } = "";

    internal TenantContext Current => current;

    public string TenantName => current.Tenant?.Name ?? Slug;

    public Dictionary<string, string[]> Errors { get; } = new();

    /// <summary>The page's errors reach the kernel's <c>&lt;error-summary /&gt;</c> and <c>error-for</c> through the model
    /// state (ADR 0023).</summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context) => Errors.Into(ModelState);

    public string? Message { get; set; }

    internal void AddErrors(IEnumerable<ValidationError> errors, string prefix = "")
    {
        foreach (var e in errors) Errors[prefix + e.Field] = [.. Errors.GetValueOrDefault(prefix + e.Field, []), e.Message];
    }
}
