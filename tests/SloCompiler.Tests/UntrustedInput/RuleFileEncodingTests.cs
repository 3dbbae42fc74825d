using System.Text;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.UntrustedInput;

/// <summary>
/// Rule files whose bytes are not plain UTF-8 text are judged as real promtool judges them: what it rejects
/// (NUL, UTF-16 without a byte order mark, invalid UTF-8) is an error at its place, never "0 errors"; what it
/// accepts (carriage-return-only lines, UTF-16 with a byte order mark) is read, rules and positions included.
/// </summary>
public class RuleFileEncodingTests
{
    private const string Rules = "groups:\n- name: g\n  rules:\n  - record: job:up:sum\n    expr: sum(up)\n  - alert: Down\n    expr: up == 0\n";

    public static TheoryData<string, byte[], string> Rejected() => new()
    {
        { "nul", Utf8(Rules.Replace("sum(up)", "sum(up)\0", StringComparison.Ordinal)), "SLO191" },
        { "utf16le-no-bom", Encoding.Unicode.GetBytes(Rules), "SLO191" },
        { "utf16be-no-bom", Encoding.BigEndianUnicode.GetBytes(Rules), "SLO191" },
        { "invalid-leading-octet", [.. Utf8("groups:\n- name: g"), 0xFF, .. Utf8(Rules[17..])], "SLO190" },
        { "invalid-trailing-octet", [.. Utf8(Rules[..^1] + "\n    labels: {a: \"x"), 0xC3, 0x28, .. Utf8("y\"}\n")], "SLO190" },
        { "escape-character", Utf8(Rules.Replace("name: g", "name: g\u001b[2J", StringComparison.Ordinal)), "SLO191" },
    };

    public static TheoryData<string, byte[]> Accepted() => new()
    {
        { "cr-only", Utf8(Rules.Replace('\n', '\r')) },
        { "utf16le-bom", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Rules)] },
        { "utf8-bom", [0xEF, 0xBB, 0xBF, .. Utf8(Rules)] },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void What_promtool_rejects_is_an_error_at_its_place(string name, byte[] bytes, string code)
    {
        using var folder = new TempDirectory();
        File.WriteAllBytes(Path.Combine(folder.Path, name + ".rules.yml"), bytes);

        var (promtoolExit, promtoolOutput) = Promtool.Run(folder.Path, "check", "rules", name + ".rules.yml");
        var lint = CliRun.Of(folder.Path, "lint", name + ".rules.yml");

        promtoolExit.Should().NotBe(0, promtoolOutput);
        lint.ExitCode.Should().NotBe(0);
        lint.Out.Should().MatchRegex($@"{name}\.rules\.yml\(\d+,\d+\): error {code}");
        lint.Out.Should().NotContain("0 errors");
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public void What_promtool_accepts_is_read_with_its_rules(string name, byte[] bytes)
    {
        using var folder = new TempDirectory();
        File.WriteAllBytes(Path.Combine(folder.Path, name + ".rules.yml"), bytes);

        var (promtoolExit, promtoolOutput) = Promtool.Run(folder.Path, "check", "rules", name + ".rules.yml");
        var lint = CliRun.Of(folder.Path, "lint", "--format", "json", name + ".rules.yml");

        promtoolExit.Should().Be(0, promtoolOutput);
        promtoolOutput.Should().Contain("2 rules found");
        lint.ExitCode.Should().Be(0, lint.Out + lint.Error);
    }

    [Fact]
    public void Positions_in_a_carriage_return_only_file_count_its_lines()
    {
        using var folder = new TempDirectory();
        File.WriteAllBytes(Path.Combine(folder.Path, "cr.rules.yml"), Utf8(Rules.Replace("up == 0", "up == (0", StringComparison.Ordinal).Replace('\n', '\r')));

        var lint = CliRun.Of(folder.Path, "lint", "cr.rules.yml");

        lint.Out.Should().Contain("cr.rules.yml(7,");
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
