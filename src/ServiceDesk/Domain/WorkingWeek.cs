namespace ServiceDesk.Domain;

/// <summary>One opening stretch on a day, in local wall-clock time.</summary>
internal sealed record OpeningHours
{
    public OpeningHours(TimeOnly opens, TimeOnly closes)
    {
        if (closes <= opens)
        {
            throw new ArgumentOutOfRangeException(nameof(closes), closes, "Closing time must be after opening time.");
        }
        Opens = opens;
        Closes = closes;
    }

    public TimeOnly Opens { get; }

    public TimeOnly Closes { get; }

    public TimeSpan Length => Closes - Opens;
}

/// <summary>Opening hours per day of the week; a day without hours is closed.</summary>
internal sealed class WorkingWeek
{
    private readonly OpeningHours?[] days = new OpeningHours?[7];

    public WorkingWeek(IReadOnlyDictionary<DayOfWeek, OpeningHours> hours)
    {
        foreach (var (day, opening) in hours)
        {
            if (!Enum.IsDefined(day))
            {
                throw new ArgumentOutOfRangeException(nameof(hours), day, "Unknown day of the week.");
            }
            days[(int)day] = opening ?? throw new ArgumentNullException(nameof(hours));
        }
        if (days.All(d => d is null))
        {
            throw new ArgumentException("A working week needs at least one working day.", nameof(hours));
        }
    }

    /// <summary>The contract's week: Monday to Friday, 9:00 to 17:00.</summary>
    public static WorkingWeek Standard { get; } = MondayToFriday(new TimeOnly(9, 0), new TimeOnly(17, 0));

    public OpeningHours? this[DayOfWeek day] => days[(int)day];

    public static WorkingWeek MondayToFriday(TimeOnly opens, TimeOnly closes)
    {
        var hours = new OpeningHours(opens, closes);
        return new WorkingWeek(new Dictionary<DayOfWeek, OpeningHours>
        {
            [DayOfWeek.Monday] = hours,
            [DayOfWeek.Tuesday] = hours,
            [DayOfWeek.Wednesday] = hours,
            [DayOfWeek.Thursday] = hours,
            [DayOfWeek.Friday] = hours,
        });
    }
}
