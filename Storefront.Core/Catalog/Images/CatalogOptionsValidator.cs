using Microsoft.Extensions.Options;

namespace Storefront.Core.Catalog.Images;

/// <summary>Refuses start-up with a message naming the catalog setting that is wrong.</summary>
public sealed class CatalogOptionsValidator : IValidateOptions<CatalogOptions>
{
    public ValidateOptionsResult Validate(string? name, CatalogOptions options)
    {
        var failures = new List<string>();
        if (options.MaxImageBytes is < 1024 or > CatalogOptions.LargestMaxImageBytes)
        {
            failures.Add($"Catalog:MaxImageBytes must be from 1024 to {CatalogOptions.LargestMaxImageBytes} bytes (it is {options.MaxImageBytes}).");
        }

        if (options.MaxImportBytes is < 1024 or > CatalogOptions.LargestMaxImageBytes)
        {
            failures.Add($"Catalog:MaxImportBytes must be from 1024 to {CatalogOptions.LargestMaxImageBytes} bytes (it is {options.MaxImportBytes}).");
        }

        if (string.IsNullOrWhiteSpace(options.MediaPath))
        {
            failures.Add("Catalog:MediaPath must name the folder for product images.");
        }
        else
        {
            try
            {
                Directory.CreateDirectory(options.MediaPath);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                failures.Add($"Catalog:MediaPath '{options.MediaPath}' is not a folder the store can create or write to: {error.Message}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
