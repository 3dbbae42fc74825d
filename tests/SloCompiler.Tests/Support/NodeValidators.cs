namespace SloCompiler.Tests.Support;

/// <summary>
/// The npm-published validators under build/ (Grafana's types, prometheus-operator's CRD schema),
/// installed once per test run by build/install-node-validators.sh: one install at a time, because two
/// <c>npm ci</c> in the same folder would tear each other's node_modules apart.
/// </summary>
internal static class NodeValidators
{
    private const string Hint = "install Node.js 20+ with npm, then run build/install-node-validators.sh.";

    private static readonly Lazy<(int ExitCode, string Output)> Install = new(() => ExternalTool.Run(
        ExternalTool.Locate("bash", Hint), RepoRoot.Path, [RepoRoot.Combine("build", "install-node-validators.sh")]));

    /// <summary>Runs <paramref name="tool"/> (node or npx) in <paramref name="folder"/> after the install succeeded.</summary>
    public static (int ExitCode, string Output) Run(string folder, string tool, params string[] arguments)
    {
        var install = Install.Value;
        install.ExitCode.Should().Be(0, $"build/install-node-validators.sh should succeed (needs node and npm):\n{install.Output}");
        return ExternalTool.Run(ExternalTool.Locate(tool, Hint), folder, arguments);
    }
}
