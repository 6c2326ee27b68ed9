using System.Text.Json;
using Microsoft.Playwright;

namespace Storefront.Tests.Infrastructure;

/// <summary>
/// axe-core, from <c>tools/axe</c>'s lock file (<c>npm ci</c> there, as <c>test.sh</c> does), run in the page under
/// test against WCAG 2.1 A and AA. Only serious and critical violations fail a test. Label-in-name (WCAG 2.5.3) is
/// one of axe's experimental rules, so it is switched on by name.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() => File.ReadAllText(FindScript()));

    private const string Run = """
        async () => {
            const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                rules: { 'label-content-name-mismatch': { enabled: true } },
            });
            return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
        }
        """;

    /// <summary>Fails, listing each one, when the page as it stands has a serious or critical WCAG 2.1 A/AA violation.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.AddScriptTagAsync(new() { Content = Source.Value });
        }

        var violations = await page.EvaluateAsync<JsonElement>(Run);
        var found = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(found.Count == 0, $"{page.Url} has accessibility violations:\n{string.Join('\n', found)}");
    }

    private static string FindScript()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tools", "axe", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"tools/axe/node_modules/axe-core/axe.min.js not found above {AppContext.BaseDirectory}; run npm ci in tools/axe.");
    }
}
