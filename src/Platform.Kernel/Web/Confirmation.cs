namespace Platform.Kernel.Web;

/// <summary>The one confirmation step of the product, before what cannot be undone or reaches many people. Rendered by
/// the host's shared <c>_Confirm</c> partial as a card with the consequences, an optional reason, a POST button and a
/// cancel link: it works without JavaScript (a page shows it after a first GET or POST, the button posts the real action).</summary>
/// <param name="Heading">The question, e.g. "3 facturen uitgeven?".</param>
/// <param name="Action">URL the confirming form posts to (with its page handler), e.g. "/facturen?handler=Issue".</param>
/// <param name="ConfirmLabel">The button, saying what happens: "Ja, 3 facturen uitgeven".</param>
/// <param name="CancelHref">Where "Annuleren" goes back to (keeps the list's filters).</param>
public sealed record Confirmation(string Heading, string Action, string ConfirmLabel, string CancelHref)
{
    /// <summary>Paragraphs saying what will happen and to whom.</summary>
    public IReadOnlyList<string> Lines { get; init; } = [];

    /// <summary>Figures shown as a definition list ("Aantal" → "3", "Totaal" → "€ 10.000,00").</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Facts { get; init; } = [];

    /// <summary>Form fields carried over unchanged (names may repeat, e.g. several "selected" ids).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Hidden { get; init; } = [];

    /// <summary>An optional reason asked in the confirmation (e.g. one that goes into the mail to every subscriber).</summary>
    public ConfirmationReason? Reason { get; init; }
}

/// <summary>A reason field inside a <see cref="Confirmation"/>; a refusal is a model error under <see cref="Name"/>, shown
/// next to it and in the summary by the kernel's form-error tag helpers (ADR 0023).</summary>
public sealed record ConfirmationReason(string Name, string Label, string Hint, string? Value = null, bool Required = true);
