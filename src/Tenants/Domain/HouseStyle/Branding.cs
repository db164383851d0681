namespace Tenants.Domain.HouseStyle;

/// <summary>A tenant's house style (huisstijl) as the app uses it. Each <c>TextOn…</c> colour is the text and
/// icon colour drawn on the matching surface colour; <see cref="Text"/> is body text on <see cref="Background"/>.</summary>
internal sealed record Branding(
    string AppName,
    HexColor Primary,
    HexColor TextOnPrimary,
    HexColor Secondary,
    HexColor TextOnSecondary,
    HexColor Accent,
    HexColor TextOnAccent,
    HexColor Background,
    HexColor Text);

/// <summary>A foreground drawn on a background somewhere in the app, named in Dutch for the people who pick colours.</summary>
internal sealed record ColorPair(string Field, string Name, Func<Branding, HexColor> Foreground, Func<Branding, HexColor> Background);
