namespace SloCompiler.Cli;

/// <summary>An option a command accepts, e.g. <c>--out DIR</c> or the flag <c>--check</c>.</summary>
internal sealed record OptionSpec(string Name, string? ValueName = null, IReadOnlyList<string>? AllowedValues = null)
{
    public bool TakesValue => ValueName is not null;
}

/// <summary>A command's arguments after parsing.</summary>
internal sealed class ParsedArguments
{
    public List<string> Positionals { get; } = [];

    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Flags { get; } = new(StringComparer.Ordinal);

    /// <summary>Every value of each option in command-line order; <see cref="Values"/> keeps the last.</summary>
    public Dictionary<string, List<string>> AllValues { get; } = new(StringComparer.Ordinal);

    public bool Help { get; set; }

    public IReadOnlyList<string> All(string name) => AllValues.TryGetValue(name, out var values) ? values : [];

    public string Value(string name, string fallback) => Values.TryGetValue(name, out var value) ? value : fallback;
}

/// <summary>
/// Hand-written on purpose: our package mirror has no command-line parsing library, and the
/// grammar is tiny. Accepts <c>--name value</c>, <c>--name=value</c>, flags, <c>-h/--help</c> and
/// <c>--</c> to end options.
/// </summary>
internal static class ArgumentParser
{
    public static ParsedArguments Parse(string command, IReadOnlyList<string> args, IReadOnlyList<OptionSpec> options)
    {
        var parsed = new ParsedArguments();
        var hint = $"run 'slo {command} --help' for usage";
        var onlyPositionals = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPositionals || arg == "-" || !arg.StartsWith('-'))
            {
                parsed.Positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }

            if (arg is "-h" or "--help")
            {
                parsed.Help = true;
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals >= 0 ? arg[..equals] : arg;
            var spec = options.FirstOrDefault(o => o.Name == name)
                ?? throw new UsageException($"unknown option '{name}' for 'slo {command}'", hint);
            if (!spec.TakesValue)
            {
                if (equals >= 0)
                {
                    throw new UsageException($"option '{name}' takes no value", hint);
                }

                parsed.Flags.Add(name);
                continue;
            }

            string value;
            if (equals >= 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            else
            {
                throw new UsageException($"option '{name}' needs a value: {name} {spec.ValueName}", hint);
            }

            if (value.Length == 0)
            {
                throw new UsageException($"option '{name}' needs a non-empty value", hint);
            }

            if (spec.AllowedValues is { } allowed && !allowed.Contains(value, StringComparer.Ordinal))
            {
                throw new UsageException($"'{value}' is not a valid {name}; use one of: {string.Join(", ", allowed)}", hint);
            }

            parsed.Values[name] = value;
            if (!parsed.AllValues.TryGetValue(name, out var all))
            {
                parsed.AllValues[name] = all = [];
            }

            all.Add(value);
        }

        return parsed;
    }
}
