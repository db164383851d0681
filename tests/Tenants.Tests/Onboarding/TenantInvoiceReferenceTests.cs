using Platform.Kernel.Tenancy;
using Tenants.Onboarding;

namespace Tenants.Tests.Onboarding;

public sealed class TenantInvoiceReferenceTests
{
    [Theory]
    [InlineData("PO 4500123987", "PO 4500123987")]
    [InlineData("  BB-2026-00417 (Dienst Digitalisering) ", "BB-2026-00417 (Dienst Digitalisering)")]
    [InlineData("x", "x")]
    public void A_reference_is_kept_trimmed(string input, string expected)
    {
        var (value, error) = TenantInvoiceReference.Parse(input);
        Assert.Null(error);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_clears_the_reference(string? input) => Assert.Equal((null, null), TenantInvoiceReference.Parse(input));

    [Fact]
    public void At_most_100_characters()
    {
        Assert.Null(TenantInvoiceReference.Parse(new string('a', 100)).Error);
        Assert.Equal("De referentie is te lang (maximaal 100 tekens).", TenantInvoiceReference.Parse(new string('a', 101)).Error);
    }

    [Theory]
    [InlineData("PO\n123")]
    [InlineData("PO\t123")]
    public void No_line_breaks_or_tabs(string input)
    {
        var (value, error) = TenantInvoiceReference.Parse(input);
        Assert.Null(value);
        Assert.Equal("De referentie mag geen regeleinden of tabs bevatten.", error);
    }
}
