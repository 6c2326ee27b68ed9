namespace Storefront.Core.Jobs;

/// <summary>
/// One row per periodic job that every app instance runs on a timer, such as reconciliation. The instance that moves
/// <see cref="NextRunAt"/> a period ahead runs the job; the others find it in the future and skip their turn, so the
/// job runs once per period however many instances there are.
/// </summary>
public sealed class JobLease
{
    private JobLease()
    {
    }

    public JobLease(string name, DateTime nextRunAt)
    {
        Name = name;
        NextRunAt = nextRunAt;
    }

    public string Name { get; private set; } = "";

    /// <summary>No instance starts the job before this.</summary>
    public DateTime NextRunAt { get; private set; }

    public DateTime? LastStartedAt { get; private set; }

    /// <summary>The instance that started the last run, for someone reading the table.</summary>
    public Guid? LastStartedBy { get; private set; }
}
