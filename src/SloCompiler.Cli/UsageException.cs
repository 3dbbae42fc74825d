namespace SloCompiler.Cli;

/// <summary>A command line the user has to fix: printed with a hint and exit code 2.</summary>
internal sealed class UsageException(string message, string hint) : Exception(message)
{
    public string Hint { get; } = hint;
}
