namespace Tenants.Pages;

/// <summary>One labelled input with its hint and error, rendered by <c>_Field</c> (aria-invalid / aria-describedby).</summary>
public sealed record FormField(string Name, string Label, string? Value, string? Error, string Type = "text", string? Hint = null,
    bool ReadOnly = false, string? Autocomplete = null, string? InputMode = null);
