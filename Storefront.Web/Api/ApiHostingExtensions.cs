namespace Storefront.Web.Api;

public static class ApiHostingExtensions
{
    public const string OpenApiPath = "/openapi/v1.json";

    /// <summary>The OpenAPI document describes the JSON API only, not the pages and form posts beside it.</summary>
    public static IServiceCollection AddStoreApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.ShouldInclude = description =>
            description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true);

    public static WebApplication MapStoreApi(this WebApplication app)
    {
        app.MapOrdersApi();
        app.MapOpenApi();
        return app;
    }
}
