namespace Platform.Kernel.Seeding;

/// <summary>Loads a module's demo data from <c>seed/</c> into an empty database (embedded default only).
/// Seeders run in ascending <see cref="Order"/>: tenants first, then people, then what refers to them.</summary>
public interface IDemoDataSeeder
{
    int Order { get; }

    Task SeedAsync(string seedFolder, CancellationToken cancellationToken);
}
