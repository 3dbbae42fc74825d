using System.Text;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Grafana;

/// <summary>
/// Type-checks every generated dashboard against Grafana's own published TypeScript types
/// (@grafana/schema, pinned in build/grafana-types/package-lock.json) with <c>tsc --noEmit</c>.
/// Missing node or npm fails the test: the schema in the repo is ours, this check is Grafana's.
/// </summary>
public sealed class GrafanaTypeScriptTests
{
    private static readonly string TypesFolder = RepoRoot.Combine("build", "grafana-types");

    [Fact]
    public void Dashboards_satisfy_grafanas_published_types()
    {
        var generated = Path.Combine(TypesFolder, "generated");
        Directory.CreateDirectory(generated);
        File.WriteAllText(Path.Combine(generated, "check.ts"), CheckFile(), new UTF8Encoding(false));

        var tsc = NodeValidators.Run(TypesFolder, "npx", "--no-install", "tsc", "--noEmit", "-p", ".");
        tsc.ExitCode.Should().Be(0, $"tsc should accept every generated dashboard:\n{tsc.Output}");
    }

    /// <summary>
    /// Each dashboard as an object literal ending in <c>satisfies GeneratedDashboard</c>: a literal (not an
    /// imported .json file) keeps string literal types and excess-property checks.
    /// </summary>
    private static string CheckFile()
    {
        var builder = new StringBuilder()
            .Append("// Written by GrafanaTypeScriptTests; not committed.\n")
            .Append("import type { GeneratedDashboard } from '../src/dashboard-types';\n");
        var index = 0;
        foreach (var language in new[] { "en", "es" })
        {
            foreach (var file in GrafanaFixtures.Dashboards(language))
            {
                builder.Append($"\n// {language}: {file.RelativePath}\n")
                    .Append($"export const dashboard{index++} = ")
                    .Append(file.Content.TrimEnd())
                    .Append(" satisfies GeneratedDashboard;\n");
            }
        }

        return builder.ToString();
    }
}
