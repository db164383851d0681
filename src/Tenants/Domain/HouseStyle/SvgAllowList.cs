namespace Tenants.Domain.HouseStyle;

/// <summary>What a logo may contain. Everything else (script, foreignObject, image, a, animate/set, iframe,
/// metadata, editor namespaces …) is dropped with its content. Keep this list short: every entry is attack surface.</summary>
internal static class SvgAllowList
{
    public static readonly IReadOnlySet<string> Elements = new HashSet<string>(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "symbol", "use", "title", "desc", "style",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "textPath",
        "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
        "filter", "feBlend", "feColorMatrix", "feComposite", "feFlood", "feGaussianBlur", "feMerge",
        "feMergeNode", "feOffset", "feDropShadow",
    };

    /// <summary>Elements whose text content is kept.</summary>
    public static readonly IReadOnlySet<string> TextElements = new HashSet<string>(StringComparer.Ordinal)
    {
        "text", "tspan", "textPath", "title", "desc", "style",
    };

    /// <summary>Attributes without a namespace. <c>href</c> is handled apart (local references only);
    /// no <c>on*</c> handler, <c>xml:base</c> or <c>externalResourcesRequired</c> is here by design.</summary>
    public static readonly IReadOnlySet<string> Attributes = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "class", "style", "type", "media", "version", "baseProfile",
        "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "dx", "dy",
        "width", "height", "viewBox", "preserveAspectRatio", "transform", "d", "points", "pathLength",
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
        "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "opacity", "color",
        "clip-path", "clip-rule", "clipPathUnits", "mask", "maskUnits", "maskContentUnits", "filter",
        "filterUnits", "primitiveUnits", "display", "visibility", "overflow", "vector-effect", "paint-order",
        "shape-rendering", "text-rendering", "color-interpolation-filters", "isolation", "mix-blend-mode",
        "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod",
        "patternUnits", "patternContentUnits", "patternTransform",
        "marker-start", "marker-mid", "marker-end", "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient",
        "font-family", "font-size", "font-weight", "font-style", "font-variant", "font-stretch", "letter-spacing",
        "word-spacing", "text-anchor", "dominant-baseline", "alignment-baseline", "baseline-shift",
        "text-decoration", "writing-mode", "textLength", "lengthAdjust", "rotate", "startOffset", "method", "spacing",
        "in", "in2", "result", "stdDeviation", "mode", "operator", "k1", "k2", "k3", "k4", "values",
        "flood-color", "flood-opacity", "edgeMode",
    };
}
