using System.CommandLine;
using System.CommandLine.Parsing;

namespace SloCompiler.Cli.CommandLine;

/// <summary>
/// Turns the parser's findings into one <see cref="UsageException"/> with the wording README.md
/// documents: unknown commands and options, options without their value, flags given one, and the
/// messages of our own validators.
/// </summary>
internal static class UsageErrors
{
    /// <summary>
    /// What the parser accepts but slo refuses: a word like an option where a PATH was expected (an
    /// unknown option, unless it comes after <c>--</c>), and <c>--flag=value</c>.
    /// </summary>
    public static UsageException? Refused(ParseResult parse, IReadOnlyList<string> args)
    {
        var command = parse.CommandResult.Command;
        var hint = $"run '{CommandPath(command)} --help' for usage";
        foreach (var arg in args.TakeWhile(a => a != "--").Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')))
        {
            var name = arg[..arg.IndexOf('=')];
            if (command.Options.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name)) is { Arity.MaximumNumberOfValues: 0 })
            {
                return new UsageException($"option '{name}' takes no value", hint);
            }
        }

        var doubleDash = parse.Tokens.ToList().FindIndex(t => t.Type == TokenType.DoubleDash);
        var positionals = parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens);
        foreach (var token in positionals.Where(t => t.Value.Length > 1 && t.Value.StartsWith('-')))
        {
            var index = parse.Tokens.ToList().FindIndex(t => ReferenceEquals(t, token));
            if (doubleDash < 0 || index < doubleDash)
            {
                return new UsageException($"unknown option '{token.Value.Split('=', 2)[0]}' for '{CommandPath(command)}'", hint);
            }
        }

        return null;
    }

    public static UsageException From(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var commandName = CommandPath(command);
        var hint = command is RootCommand ? "run 'slo --help' for the commands" : $"run '{commandName} --help' for usage";

        if (parse.UnmatchedTokens.FirstOrDefault() is { } unmatched)
        {
            if (unmatched.StartsWith('-'))
            {
                var name = unmatched.Split('=', 2)[0];
                return command is RootCommand
                    ? new UsageException($"unknown option '{name}'", hint)
                    : new UsageException($"unknown option '{name}' for '{commandName}'", hint);
            }

            return command.Subcommands.Count > 0
                ? new UsageException($"unknown {(command is RootCommand ? "command" : "subcommand")} '{unmatched}'", hint)
                : new UsageException($"unexpected argument '{unmatched}' for '{commandName}'", hint);
        }

        foreach (var option in parse.CommandResult.Children.OfType<OptionResult>())
        {
            var name = option.Option.Name;
            if (option.Option.Arity.MaximumNumberOfValues == 0 && option.Tokens.Count > 0)
            {
                return new UsageException($"option '{name}' takes no value", hint);
            }

            if (!option.Implicit && option.Option.Arity.MinimumNumberOfValues > 0 && option.Tokens.Count == 0)
            {
                return new UsageException($"option '{name}' needs a value: {name} {option.Option.HelpName}", hint);
            }
        }

        if (command.Subcommands.Count > 0 && command.Action is null)
        {
            return new UsageException(
                $"'{commandName}' needs a subcommand: {string.Join(", ", command.Subcommands.Select(c => c.Name))}", hint);
        }

        return new UsageException(parse.Errors[0].Message, hint);
    }

    /// <summary>"slo catalog scan" for the scan command: the words a user types to reach it.</summary>
    public static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is Command c; symbol = symbol.Parents.FirstOrDefault())
        {
            names.Add(c is RootCommand ? ToolInfo.Name : c.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
