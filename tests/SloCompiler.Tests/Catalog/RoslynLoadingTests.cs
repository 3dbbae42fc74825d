using System.Reflection;
using System.Runtime.Loader;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Catalog;

/// <summary>
/// <c>slo lint</c> must not pay for Roslyn unless C# sources are scanned. Other tests in this process
/// load Roslyn, so each run gets its own load context, which records every assembly the CLI asks for.
/// </summary>
public sealed class RoslynLoadingTests
{
    [Fact]
    public void Lint_of_the_examples_with_a_catalog_and_policy_never_loads_Roslyn()
    {
        var loaded = RunIsolated("lint", "examples", "--catalog", "examples/payments/catalog.yaml", "--policy", "examples/payments/policy.yaml", "--coverage");

        loaded.Should().Contain("SloCompiler").And.NotContain(name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void Scanning_CSharp_loads_Roslyn_which_shows_the_check_above_can_see_it()
    {
        var loaded = RunIsolated("catalog", "scan", "tests/SloCompiler.Tests/Cases/Instrumentation/shop", "--out", "-");

        loaded.Should().Contain("Microsoft.CodeAnalysis.CSharp");
    }

    private static List<string> RunIsolated(params string[] args)
    {
        var context = new RecordingLoadContext();
        try
        {
            var cli = context.LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, "slo.dll"));
            var run = cli.GetType("SloCompiler.Cli.CliApp")!.GetMethod("Run", [typeof(string[]), typeof(TextWriter), typeof(TextWriter), typeof(string)])!;
            var exit = (int)run.Invoke(null, [args, new StringWriter(), new StringWriter(), RepoRoot.Path])!;
            exit.Should().BeLessThan(2);
            return context.Assemblies.Select(a => a.GetName().Name!).ToList();
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Loads this repository's assemblies (and Roslyn) itself, so they show up in <see cref="AssemblyLoadContext.Assemblies"/>.</summary>
    private sealed class RecordingLoadContext() : AssemblyLoadContext("slo-isolated", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            var ours = name.Name!.StartsWith("SloCompiler", StringComparison.Ordinal) || name.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)
                || name.Name is "slo" or "YamlDotNet" or "Sprache";
            return ours && File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
