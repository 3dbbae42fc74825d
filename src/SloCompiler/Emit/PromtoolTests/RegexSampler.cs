using System.Text;
using System.Text.RegularExpressions;
using SloCompiler.PromQl;

namespace SloCompiler.Emit.PromtoolTests;

/// <summary>
/// Finds a short string that a Prometheus label regex matches in full: takes the first alternative,
/// the minimum of every quantifier and the first character of every class, then verifies the guess
/// anchored like Prometheus does and falls back to common label values. The guesser only ever moves
/// forward through the pattern and gives up (falling back) on anything it does not follow, such as
/// Unicode classes, so no pattern Prometheus accepts can make it loop or fail.
/// </summary>
internal static class RegexSampler
{
    private static readonly string[] Fallbacks = ["500", "503", "5xx", "error", "true", "1", "200", "404", "ok", "x", "a", ""];

    /// <summary>Whether the value matches the pattern in full, as Prometheus anchors it; false for a pattern RE2 rejects.</summary>
    public static bool Matches(string pattern, string value)
    {
        if (SelectorRules.AnchoredRegex(pattern) is not { } regex)
        {
            return false;
        }

        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public static string? Sample(string pattern) =>
        new[] { new Guesser(pattern).Guess() }.Concat(Fallbacks).FirstOrDefault(c => c is not null && Matches(pattern, c));

    /// <summary>One pass over the pattern; <see cref="_failed"/> stops it at the first construct it does not follow.</summary>
    private sealed class Guesser(string pattern)
    {
        private const int MaxDepth = 64;
        private const int MaxLength = 4096;

        private int _i;
        private bool _failed;

        /// <summary>The guess, or null when the guesser gave up.</summary>
        public string? Guess()
        {
            var guess = Alternation(0);
            return _failed || _i != pattern.Length ? null : guess;
        }

        private bool More => !_failed && _i < pattern.Length;

        private string Fail()
        {
            _failed = true;
            return string.Empty;
        }

        private string Alternation(int depth)
        {
            if (depth > MaxDepth)
            {
                return Fail();
            }

            var first = Sequence(depth);
            while (More && pattern[_i] == '|')
            {
                _i++;
                Sequence(depth); // later alternatives are read only to skip them
            }

            return first;
        }

        private string Sequence(int depth)
        {
            var builder = new StringBuilder();
            while (More && pattern[_i] != '|' && pattern[_i] != ')')
            {
                builder.Append(Quantify(Atom(depth)));
                if (builder.Length > MaxLength)
                {
                    return Fail();
                }
            }

            return builder.ToString();
        }

        private string Atom(int depth)
        {
            var c = pattern[_i++];
            return c switch
            {
                '^' or '$' => string.Empty,
                '.' => "0",
                '\\' => Escape(),
                '[' => Class(),
                '(' => Group(depth),
                '*' or '+' or '?' => Fail(),
                _ => c.ToString(), // '{' that does not start a repeat is a literal, as in RE2
            };
        }

        /// <summary>After a backslash: Perl classes by a member, assertions by nothing, escaped punctuation by itself.</summary>
        private string Escape()
        {
            if (_i >= pattern.Length)
            {
                return Fail();
            }

            var e = pattern[_i++];
            return e switch
            {
                'd' => "0",
                'w' => "a",
                's' => " ",
                'D' or 'W' or 'S' => "-",
                'b' or 'B' or 'A' or 'z' => string.Empty,
                _ when char.IsAsciiLetterOrDigit(e) => Fail(), // \pL, \x41, \Q…\E, octal: not followed
                _ => e.ToString(),
            };
        }

        /// <summary>A bracket class: its first member (or <c>~</c> when negated, which the check may refute).</summary>
        private string Class()
        {
            var negated = _i < pattern.Length && pattern[_i] == '^';
            if (negated)
            {
                _i++;
            }

            var first = _i;
            var j = _i < pattern.Length && pattern[_i] == ']' ? _i + 1 : _i; // a leading ']' is a member
            while (j < pattern.Length && pattern[j] != ']')
            {
                j += pattern[j] == '\\' ? 2 : pattern[j] == '[' && j + 1 < pattern.Length && pattern[j + 1] == ':' ? PosixClassLength(j) : 1;
            }

            if (j >= pattern.Length || first >= pattern.Length)
            {
                return Fail();
            }

            _i = j + 1;
            if (negated)
            {
                return "~";
            }

            return pattern[first] switch
            {
                '[' => Fail(),
                '\\' => first + 1 < j ? pattern[first + 1] switch { 'd' => "0", 'w' => "a", 's' => " ", var x when char.IsAsciiLetter(x) => Fail(), var x => x.ToString() } : Fail(),
                var member => member.ToString(),
            };
        }

        /// <summary>The length of <c>[:alpha:]</c> inside a class, or 1 when it is not closed.</summary>
        private int PosixClassLength(int start)
        {
            var end = pattern.IndexOf(":]", start + 2, StringComparison.Ordinal);
            return end < 0 ? 1 : end + 2 - start;
        }

        /// <summary>A group: <c>(…)</c>, <c>(?:…)</c>, <c>(?flags:…)</c>, <c>(?P&lt;name&gt;…)</c>; <c>(?i)</c> alone matches nothing.</summary>
        private string Group(int depth)
        {
            if (_i < pattern.Length && pattern[_i] == '?')
            {
                _i++;
                if (_i < pattern.Length && (pattern[_i] == '<' || pattern[_i] == 'P'))
                {
                    var close = pattern.IndexOf('>', _i);
                    if (close < 0)
                    {
                        return Fail();
                    }

                    _i = close + 1;
                }
                else
                {
                    while (_i < pattern.Length && (char.IsAsciiLetter(pattern[_i]) || pattern[_i] == '-'))
                    {
                        _i++;
                    }

                    if (_i < pattern.Length && pattern[_i] == ')')
                    {
                        _i++;
                        return string.Empty;
                    }

                    if (_i >= pattern.Length || pattern[_i] != ':')
                    {
                        return Fail();
                    }

                    _i++;
                }
            }

            var inner = Alternation(depth + 1);
            if (!More || pattern[_i] != ')')
            {
                return Fail();
            }

            _i++;
            return inner;
        }

        private string Quantify(string atom)
        {
            if (!More)
            {
                return atom;
            }

            switch (pattern[_i])
            {
                case '*' or '?':
                    _i++;
                    SkipLazy();
                    return string.Empty;
                case '+':
                    _i++;
                    SkipLazy();
                    return atom;
                case '{' when Re2ToDotNet.RepeatSyntax().Match(pattern, _i) is { Success: true } repeat:
                    _i += repeat.Length;
                    SkipLazy();
                    var min = int.TryParse(repeat.Groups[1].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
                    return (long)min * atom.Length > MaxLength ? Fail() : string.Concat(Enumerable.Repeat(atom, min));
                default:
                    return atom;
            }
        }

        private void SkipLazy()
        {
            if (_i < pattern.Length && pattern[_i] == '?')
            {
                _i++;
            }
        }
    }
}
