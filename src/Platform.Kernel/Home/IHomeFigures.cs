using System.Security.Claims;

namespace Platform.Kernel.Home;

/// <summary>A module's figures for the signed-in user's home page, already chosen for the user's roles (an empty list
/// when the module has nothing for them). Each module implements it over its own data and registers it in its
/// <c>AddX</c>; the host's home page shows every module's panels in <see cref="FigurePanel.Order"/>.</summary>
public interface IHomeFigures
{
    Task<IReadOnlyList<FigurePanel>> PanelsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}

/// <summary>How a panel's figures are drawn beside their table: not at all, as horizontal bars (counts or amounts of
/// the same kind), or as a line over time (percentages, oldest first).</summary>
public enum FigureChart { None, Bars, Trend }

/// <param name="Key">Stable id for tests and anchors (<c>agent-open</c>).</param>
/// <param name="Title">Dutch heading.</param>
/// <param name="Note">A Dutch sentence under the heading (what is counted, e.g. "Gefactureerd jaar 2026").</param>
public sealed record FigurePanel(string Key, string Title, int Order, IReadOnlyList<Figure> Figures,
    FigureChart Chart = FigureChart.None, string? Note = null);

/// <param name="Key">Stable id within the panel (<c>P1</c>, <c>overdue</c>).</param>
/// <param name="Label">Dutch label.</param>
/// <param name="Value">The number drawn in a chart; a count, euro amount or percentage; null when there is nothing to measure.</param>
/// <param name="Text">The figure as shown (nl-BE: <c>3</c>, <c>€ 10.000,00</c>, <c>95 %</c>, <c>–</c>).</param>
/// <param name="Href">The list behind the figure, filtered with its own query string; null when there is none.</param>
/// <param name="Count">For a figure that counts rows of the list it links to: that count (tests compare it with the list).</param>
public sealed record Figure(string Key, string Label, decimal? Value, string Text, string? Href, int? Count = null);
