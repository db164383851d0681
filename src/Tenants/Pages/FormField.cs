namespace Tenants.Pages;

/// <summary>One labelled input with its hint, rendered by <c>_Field</c>; the errors under <see cref="ErrorKey"/> (the use case's field name) are shown by the kernel's <c>error-for</c> (ADR 0023).</summary>
public sealed record FormField(string Name, string Label, string? Value, string ErrorKey, string Type = "text", string? Hint = null,
    bool ReadOnly = false, string? Autocomplete = null, string? InputMode = null);
