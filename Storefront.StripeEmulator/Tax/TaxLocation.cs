namespace Storefront.StripeEmulator.Tax;

/// <summary>The country a session is taxed in and the percent the emulator's tax table gives it.</summary>
public sealed record TaxLocation(string Country, decimal Percent);
