namespace Storefront.AdminBench;

/// <summary>Writes generated orders, with their lines and payments, the fastest way the database offers.</summary>
public interface IOrderLoader : IAsyncDisposable
{
    Task LoadAsync(IReadOnlyList<GeneratedOrder> orders);

    /// <summary>Commits, and leaves the database as it would be after a while in production.</summary>
    Task FinishAsync();
}
