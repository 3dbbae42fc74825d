namespace SloCompiler.Tests.Support;

/// <summary>
/// Runs the real amtool. A missing amtool fails the test: the generated configuration is only
/// trustworthy once Alertmanager itself has accepted it.
/// </summary>
internal static class Amtool
{
    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments) =>
        ExternalTool.Run(
            ExternalTool.Locate("amtool", "run build/install-tools.sh (Alertmanager 0.25 or later) and retry."),
            workingDirectory,
            arguments);
}
