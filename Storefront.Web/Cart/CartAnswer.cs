namespace Storefront.Web.Cart;

/// <summary>What a cart form posted by script (<c>visitor.js</c>) gets back instead of a redirect: the line to show, and the cart's new count when it changed.</summary>
public sealed record CartAnswer(string Message, int? CartCount = null);
