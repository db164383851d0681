using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Kernel.Home;

namespace Platform.Web;

/// <summary><c>GET /api/home/figures</c>: the caller's home-page figures, the same panels the home page draws.</summary>
internal static class HomeFiguresApi
{
    public static void MapHomeFiguresApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/home/figures", GetAsync).RequireAuthorization().WithTags("Identity")
            .WithSummary("The caller's home-page figures per role, each with the link to its filtered list.");

    private static async Task<Ok<List<FigurePanel>>> GetAsync(HttpContext http, IEnumerable<IHomeFigures> sources)
    {
        var panels = new List<FigurePanel>();
        foreach (var source in sources) panels.AddRange(await source.PanelsAsync(http.User, http.RequestAborted));
        return TypedResults.Ok(panels.OrderBy(p => p.Order).ToList());
    }
}
