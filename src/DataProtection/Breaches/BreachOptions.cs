using System.ComponentModel.DataAnnotations;

namespace DataProtection.Breaches;

/// <summary>Configuration section <c>DataProtection</c>.</summary>
public sealed class DataProtectionOptions
{
    /// <summary>Target for notifying affected tenants, from detection (charter 8.1 "zonder onredelijke vertraging").</summary>
    [Range(typeof(TimeSpan), "00:10:00", "30.00:00:00", ErrorMessage = "DataProtection:BreachNotificationTarget must be between 10 minutes and 30 days.")]
    public TimeSpan BreachNotificationTarget { get; set; } = TimeSpan.FromHours(24);
}
