using Tenants.Domain;
using Tenants.Domain.Features;

namespace Tenants.Tests.Domain.Features;

internal static class SettingsTestKit
{
    public static void Valid(IFeatureSettings settings) => Assert.Empty(settings.Validate());

    /// <summary>Exactly these errors, in this order.</summary>
    public static void Invalid(IFeatureSettings settings, params (string Field, string Message)[] expected) =>
        Assert.Equal(expected.Select(e => new ValidationError(e.Field, e.Message)), settings.Validate());

    /// <summary>Just the fields that are wrong, when the message is tested elsewhere.</summary>
    public static void InvalidFields(IFeatureSettings settings, params string[] fields) =>
        Assert.Equal(fields, settings.Validate().Select(e => e.Field));
}
