using Billing.Domain;
using Billing.Payments;
using Billing.BankStatements;

namespace Billing.Tests.BankStatements;

/// <summary>The sample statements in BankStatements/Samples, read from the source tree (found by walking up to Platform.sln).</summary>
internal static class CamtSamples
{
    public static string PathOf(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
                return Path.Combine(dir.FullName, "tests", "Billing.Tests", "BankStatements", "Samples", name);
        throw new InvalidOperationException("Platform.sln not found above " + AppContext.BaseDirectory);
    }

    public static IReadOnlyList<BankStatement> Parse(string name)
    {
        using var stream = File.OpenRead(PathOf(name));
        return Camt053Parser.Parse(stream);
    }

    public static readonly Guid Invoice1 = Guid.Parse("00000000-0000-0000-0000-000000000001");
    public static readonly Guid Invoice2 = Guid.Parse("00000000-0000-0000-0000-000000000002");
    public static readonly Guid Invoice3 = Guid.Parse("00000000-0000-0000-0000-000000000003");
    public static readonly Guid Invoice4 = Guid.Parse("00000000-0000-0000-0000-000000000004");

    /// <summary>2026-000001..4 with OGMs +++202/6000/00192+++, …293, …394, …495 (…596 is not open).</summary>
    public static IReadOnlyList<OpenInvoice> Open() =>
    [
        new(Invoice1, StructuredCommunication.FromInvoice(2026, 1), 3500.00m),
        new(Invoice2, StructuredCommunication.FromInvoice(2026, 2), 4666.67m),
        new(Invoice3, StructuredCommunication.FromInvoice(2026, 3), 583.33m),
        new(Invoice4, StructuredCommunication.FromInvoice(2026, 4), 10000.00m),
    ];
}
