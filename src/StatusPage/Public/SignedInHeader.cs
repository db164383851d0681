using System.Net;
using System.Security.Claims;
using System.Text;
using Platform.Kernel.Security;

namespace StatusPage.Public;

/// <summary>The public pages are rendered once and cached for everyone with an "Aanmelden" link; a signed-in visitor gets
/// the same page with who is signed in instead (as the layout shows it), served privately.</summary>
internal static class SignedInHeader
{
    private static readonly byte[] Anonymous = Encoding.UTF8.GetBytes("<a href=\"/aanmelden\">Aanmelden</a></div></header>");

    /// <summary>The body with the signed-in user, or null when the user is anonymous or the body has no header.</summary>
    public static byte[]? Apply(byte[] body, ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return null;
        var at = body.AsSpan().IndexOf(Anonymous);
        if (at < 0) return null;
        var name = user.FindFirst("name")?.Value ?? user.Identity.Name ?? "";
        var roles = string.Join(", ", Roles.All.Where(user.IsInRole).Select(Roles.DutchName));
        var who = Encoding.UTF8.GetBytes(
            $"<div class=\"who\"><span>Aangemeld als {WebUtility.HtmlEncode(name)}{(roles.Length > 0 ? " · " + WebUtility.HtmlEncode(roles) : "")}</span>" +
            "<a href=\"/\">Naar het platform</a></div></div></header>");
        return [.. body.AsSpan(0, at), .. who, .. body.AsSpan(at + Anonymous.Length)];
    }
}
