namespace StatusPage.Public;

/// <summary>The status page's own styles, served at /status/status.css. Bar cells differ in height as well as colour,
/// so the state of a day does not depend on colour alone; every cell also carries its label in text.</summary>
internal static class StatusCss
{
    public const string Text = """
        .status-overall { font-size: 1.25rem; font-weight: 700; padding: 1rem; border-left: 6px solid var(--ok); background: #fff; }
        .status-overall.s-DegradedPerformance, .status-overall.s-UnderMaintenance { border-color: #6b4e00; }
        .status-overall.s-PartialOutage, .status-overall.s-MajorOutage { border-color: var(--danger); }
        .components { list-style: none; padding: 0; margin: 0; }
        .components > li { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin-bottom: .75rem; }
        .component-head { display: flex; justify-content: space-between; flex-wrap: wrap; gap: .5rem; margin: 0 0 .5rem; }
        .bar { list-style: none; display: flex; gap: 1px; padding: 0; margin: 0; height: 2rem; align-items: flex-end; }
        .bar li { flex: 1 1 0; min-width: 2px; background: var(--ok); height: 100%; }
        .bar li.m { background: #2a6fb0; height: 85%; }
        .bar li.u { background: #6d28d9; height: 55%; }
        .bar li.d { background: #8a6500; height: 70%; }
        .bar li.p { background: #c2410c; height: 45%; }
        .bar li.x { background: var(--danger); height: 25%; }
        .bar li.n { background: #8c8c8c; height: 10%; }
        .bar-scale { display: flex; justify-content: space-between; color: var(--muted); font-size: .85rem; margin: .25rem 0 0; }
        .legend { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; list-style: none; color: var(--muted); }
        .legend span { display: inline-block; width: .75rem; margin-right: .35rem; vertical-align: bottom; background: var(--ok); height: 1rem; }
        .legend .m { background: #2a6fb0; height: .85rem; } .legend .d { background: #8a6500; height: .7rem; }
        .legend .p { background: #c2410c; height: .45rem; } .legend .x { background: var(--danger); height: .25rem; }
        .legend .u { background: #6d28d9; height: .55rem; }
        .legend .n { background: #8c8c8c; height: .1rem; }
        .updates { list-style: none; padding: 0; border-left: 3px solid var(--line); margin-left: .25rem; }
        .updates li { padding: 0 0 .5rem 1rem; }
        .updates p { margin: .25rem 0; }
        .product-nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; }
        .figures { color: var(--muted); }
        .chart { width: 100%; height: auto; display: block; background: #fff; } .chart text { font-size: 12px; fill: #333; }
        .chart .grid { stroke: #d0d0d0; stroke-width: 1; } .chart .avg { fill: none; stroke: #0b4f8a; stroke-width: 2; } .chart .fail { fill: #b00020; }
        """;
}
