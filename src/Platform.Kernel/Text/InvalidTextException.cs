namespace Platform.Kernel.Text;

/// <summary>Text that no column can hold reached SaveChanges (a use case that skipped <see cref="TextRule"/>):
/// answered 400 naming the field, and nothing of that SaveChanges is written.</summary>
public sealed class InvalidTextException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
