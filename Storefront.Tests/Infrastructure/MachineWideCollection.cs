namespace Storefront.Tests.Infrastructure;

/// <summary>
/// Tests that load the whole machine (several store processes, hundreds of concurrent requests) run alone, once the
/// parallel tests are done, so their load never pushes another test's waits past their ceilings, nor the reverse.
/// Its own Chromium serves those of them that drive a browser.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MachineWideCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Machine-wide";
}
