using System.CommandLine;
using SloCompiler.Cli.CommandLine;

namespace SloCompiler.Cli.Commands;

/// <summary>
/// <c>slo completion bash|zsh</c>: a shell script that asks slo itself for completions through
/// System.CommandLine's <c>[suggest:POSITION]</c> directive, so completions always match this
/// version's commands and options (and the choices of options such as <c>--format</c>).
/// </summary>
internal sealed class CompletionCommand
{
    private const string Bash = """
        # bash completion for slo: eval "$(slo completion bash)" in ~/.bashrc
        _slo_complete() {
          local IFS=$'\n'
          COMPREPLY=($(slo "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null))
        }
        complete -o default -F _slo_complete slo
        """;

    private const string Zsh = """
        # zsh completion for slo: eval "$(slo completion zsh)" in ~/.zshrc
        _slo_complete() {
          local -a candidates
          candidates=("${(@f)$(slo "[suggest:${#BUFFER}]" "${BUFFER}" 2>/dev/null)}")
          compadd -- $candidates
        }
        compdef _slo_complete slo
        """;

    private readonly Argument<string> _shell = new("SHELL")
    {
        Description = "bash or zsh",
        Arity = ArgumentArity.ExactlyOne,
    };

    public Command Create()
    {
        _shell.CompletionSources.Add("bash", "zsh");
        _shell.Validators.Add(result =>
        {
            if (result.Tokens.FirstOrDefault()?.Value is { } shell && shell is not ("bash" or "zsh"))
            {
                result.AddError($"'{shell}' is not a supported shell; use bash or zsh");
            }
        });
        var command = new Command("completion", "Prints a tab-completion script for bash or zsh.") { _shell };
        command.SetAction(parse =>
        {
            var script = parse.GetValue(_shell) == "zsh" ? Zsh : Bash;
            parse.InvocationConfiguration.Output.Line(script);
            return ExitCodes.Ok;
        });
        return command;
    }
}
