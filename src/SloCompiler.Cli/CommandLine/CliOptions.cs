using System.CommandLine;
using System.CommandLine.Parsing;

namespace SloCompiler.Cli.CommandLine;

/// <summary>
/// Factories for the kinds of option and argument slo's commands share, each with the validation
/// messages README.md documents (the library's own messages are localized by the current culture,
/// ours are not, so output stays identical on every machine).
/// </summary>
internal static class CliOptions
{
    /// <summary>Files or folders; the command falls back to the current folder when none is given.</summary>
    public static Argument<string[]> Paths(string description) => new("PATH")
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>An option that takes one non-empty value, e.g. <c>--out DIR</c>.</summary>
    public static Option<string> Value(string name, string valueName, string description)
    {
        var option = new Option<string>(name) { Description = description, HelpName = valueName };
        option.Validators.Add(result => RequireNonEmpty(result, name));
        return option;
    }

    /// <summary>A value option given any number of times, e.g. <c>--catalog FILE --catalog FILE</c>.</summary>
    public static Option<string[]> Repeatable(string name, string valueName, string description)
    {
        var option = new Option<string[]>(name) { Description = description, HelpName = valueName };
        option.Validators.Add(result => RequireNonEmpty(result, name));
        return option;
    }

    /// <summary>A value from a fixed list (tab completion offers the list); <paramref name="fallback"/> when absent.</summary>
    public static Option<string> Choice(string name, IReadOnlyList<string> allowed, string fallback, string description)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            HelpName = string.Join('|', allowed),
            DefaultValueFactory = _ => fallback,
        };
        option.CompletionSources.Add(allowed.ToArray());
        option.Validators.Add(result =>
        {
            RequireNonEmpty(result, name);
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 0 && !allowed.Contains(t.Value, StringComparer.Ordinal)))
            {
                result.AddError($"'{token.Value}' is not a valid {name}; use one of: {string.Join(", ", allowed)}");
            }
        });
        return option;
    }

    /// <summary>An on/off switch that takes no value, e.g. <c>--check</c>.</summary>
    public static Option<bool> Flag(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.Zero };

    private static void RequireNonEmpty(OptionResult result, string name)
    {
        if (result.Tokens.Any(t => t.Value.Length == 0))
        {
            result.AddError($"option '{name}' needs a non-empty value");
        }
    }
}
