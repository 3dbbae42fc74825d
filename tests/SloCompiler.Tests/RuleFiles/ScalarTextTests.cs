using SloCompiler.RuleFiles;
using SloCompiler.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SloCompiler.Tests.RuleFiles;

/// <summary>
/// Rules of large files keep an expression's value only when it cannot be read back from the file. Whatever
/// <see cref="ScalarText.Reproduces"/> accepts must read back exactly what YamlDotNet parsed; the two styles
/// rule files use must be accepted; anything else may be refused (the value is then kept).
/// </summary>
public class ScalarTextTests
{
    public static TheoryData<string> ReadBack() =>
    [
        "expr: up == 0\n",
        "expr: sum(rate(x{code=~\"5..\"}[5m])) > 0.01   # a comment\n",
        "expr: |-\n  up\n    == 0\n",
        "expr: |\n  up\n    == 0\n",
        "expr: |-\n    (\n      a\n\n      /\n      b\n    ) > 1\n\n\n",
        "expr: |\n  a\n\n\n",
        "expr: |-\n\n  a\n",
        "rule:\n  expr: |-\n    sum(x)\n      or\n    vector(0)\n  labels: {}\n",
        "expr: |-\n  trailing spaces stay   \n  b\n",
        "expr: |-   \n  header with spaces after it\n",
    ];

    public static TheoryData<string> KeptAsWritten() =>
    [
        "expr: \"up == 0\"\n",
        "expr: 'up == 0'\n",
        "expr: >-\n  up\n  == 0\n",
        "expr: |+\n  up\n\n",
        "expr: |2\n    up\n",
        "expr: up\n  == 0\n",
        "expr: |-\r\n  up\r\n",
        "expr: |-\n\tup\n",
        "expr: |-\n  a\n     \n  b\n",
        "expr: |- # comment\n  up\n",
    ];

    [Theory]
    [MemberData(nameof(ReadBack))]
    public void The_styles_rule_files_use_read_back_exactly(string yaml)
    {
        var (span, value) = ExprScalar(yaml);

        ScalarText.Reproduces(span, value).Should().BeTrue();
        ScalarText.Read(span).Should().Be(value);
    }

    [Theory]
    [MemberData(nameof(KeptAsWritten))]
    public void Other_styles_are_refused_or_read_back_exactly(string yaml)
    {
        var (span, value) = ExprScalar(yaml);

        if (ScalarText.Reproduces(span, value))
        {
            ScalarText.Read(span).Should().Be(value);
        }
    }

    [Theory]
    [MemberData(nameof(ReadBack))]
    public void A_different_value_is_never_taken_for_the_written_one(string yaml)
    {
        var (span, value) = ExprScalar(yaml);

        foreach (var other in new[] { value + "\n", value.TrimEnd('\n'), value + " ", value.Replace("  ", " ", StringComparison.Ordinal), value[..^1], string.Empty })
        {
            if (other != value)
            {
                ScalarText.Reproduces(span, other).Should().BeFalse($"'{other}' is not what is written");
            }
        }
    }

    /// <summary>The value and span of the scalar after the first <c>expr</c> key, as YamlDotNet reads them.</summary>
    private static (SourceSpan Span, string Value) ExprScalar(string yaml)
    {
        var file = new SourceFile("expr.yml", yaml);
        var parser = new Parser(new StringReader(yaml));
        var afterKey = false;
        while (parser.MoveNext())
        {
            if (parser.Current is Scalar scalar)
            {
                if (afterKey)
                {
                    return (new SourceSpan(file, (int)scalar.Start.Index, (int)(scalar.End.Index - scalar.Start.Index)), scalar.Value);
                }

                afterKey = scalar.Value == "expr";
            }
        }

        throw new InvalidOperationException("no expr key");
    }
}
