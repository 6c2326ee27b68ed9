namespace Storefront.StripeEmulator.Checkout;

/// <summary>Why a shopper's choice was refused: the page shows the message, the API names the parameter.</summary>
public sealed record ChoiceProblem(string Param, string Message);
