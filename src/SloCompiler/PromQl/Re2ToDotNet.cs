using System.Text;
using System.Text.RegularExpressions;

namespace SloCompiler.PromQl;

/// <summary>
/// Checks a label regex the way Go's RE2 parser does where .NET differs, and rewrites it into the .NET
/// pattern that matches the same strings, so a pattern Prometheus accepts is not refused and one it
/// refuses is not accepted. Handled here: Perl-only groups (look-around, atomic, comments), flags other
/// than <c>imsU</c> (<c>U</c> is dropped: matching a whole label value does not depend on greediness),
/// <c>(?P&lt;name&gt;</c>, escapes (RE2 knows fewer letters; octal, <c>\x{…}</c> and punctuation are
/// spelled as <c>\uXXXX</c> so .NET cannot read them as backreferences), <c>\Q…\E</c>, Unicode classes
/// (<c>\pL</c>; Go's scripts such as <c>\p{Greek}</c> approximated by ranges, exact enough to accept, and
/// an ASCII sample never passes for a non-Latin script), POSIX classes, repeat counts above 1000 and
/// unbalanced parentheses (which the anchoring group around the pattern would otherwise balance).
/// Everything else is copied, and .NET then judges it.
/// </summary>
internal static partial class Re2ToDotNet
{
    private const int MaxRepeat = 1000;

    /// <summary>The .NET pattern, or why RE2 rejects the pattern.</summary>
    public static (string? Pattern, string? Error) Rewrite(string re2)
    {
        var output = new StringBuilder(re2.Length + 8);
        var inClass = false;
        var depth = 0;
        for (var i = 0; i < re2.Length; i++)
        {
            var c = re2[i];
            string? error;
            if (c == '\\')
            {
                error = Escape(re2, ref i, inClass, output);
            }
            else if (inClass)
            {
                error = ClassMember(re2, ref i, output, ref inClass);
            }
            else if (c == '[')
            {
                error = null;
                OpenClass(re2, ref i, output);
                inClass = true;
            }
            else if (c == '(')
            {
                depth++;
                error = OpenGroup(re2, ref i, output);
            }
            else if (c == ')')
            {
                error = --depth < 0 ? "unexpected ')'" : null;
                output.Append(c);
            }
            else if (c == '{')
            {
                error = Repeat(re2, ref i, output);
            }
            else
            {
                error = null;
                output.Append(c);
            }

            if (error is not null)
            {
                return (null, error);
            }
        }

        return depth > 0 ? (null, "missing ')'") : inClass ? (null, "missing ']'") : (output.ToString(), null);
    }

    /// <summary>A backslash at <paramref name="i"/> and what follows, as Go's parser reads it inside or outside a class.</summary>
    private static string? Escape(string re2, ref int i, bool inClass, StringBuilder output)
    {
        if (i + 1 >= re2.Length)
        {
            return "trailing backslash at end of expression";
        }

        var e = re2[++i];
        switch (e)
        {
            case 'p' or 'P':
                if (UnicodeClass(re2, ref i, negated: e == 'P', inClass) is not { } rewritten)
                {
                    return $"'{re2[..Math.Min(re2.Length, i + 1)]}' names an unknown Unicode class";
                }

                output.Append(rewritten);
                return null;
            case 'Q' when !inClass:
                var end = re2.IndexOf("\\E", i + 1, StringComparison.Ordinal);
                if (end < 0)
                {
                    // Prometheus anchors the pattern as ^(?:…)$, and a \Q without \E quotes that ')' too
                    return "missing closing ): '\\Q' without '\\E' quotes the rest of the pattern";
                }

                foreach (var literal in re2.AsSpan(i + 1, end - i - 1))
                {
                    output.Append(Literal(literal));
                }

                i = end + 1;
                return null;
            case 'd' or 'D' or 's' or 'S' or 'w' or 'W' or 'a' or 'f' or 'n' or 'r' or 't' or 'v':
                output.Append('\\').Append(e);
                return null;
            case 'A' or 'b' or 'B' or 'z' when !inClass:
                output.Append('\\').Append(e);
                return null;
            case >= '0' and <= '7' when e == '0' || (i + 1 < re2.Length && re2[i + 1] is >= '0' and <= '7'):
                var value = e - '0';
                for (var digits = 1; digits < 3 && i + 1 < re2.Length && re2[i + 1] is >= '0' and <= '7'; digits++)
                {
                    value = (value * 8) + (re2[++i] - '0');
                }

                output.Append(Literal((char)value));
                return null;
            case 'x':
                return Hex(re2, ref i, output);
            case >= '1' and <= '9':
                return $"'\\{e}' is a backreference, which RE2 does not support";
            case 'k' or 'Z' or 'G':
                return $"'\\{e}' is Perl syntax that RE2 does not support";
            case < '\u0080' when !char.IsAsciiLetterOrDigit(e):
                output.Append(Literal(e)); // escaped punctuation is always itself
                return null;
            default:
                return $"invalid escape sequence: '\\{e}'";
        }
    }

    /// <summary><c>\x41</c> or <c>\x{10FFFF}</c> after the backslash at <paramref name="i"/>.</summary>
    private static string? Hex(string re2, ref int i, StringBuilder output)
    {
        string digits;
        if (i + 1 < re2.Length && re2[i + 1] == '{')
        {
            var close = re2.IndexOf('}', i + 2);
            digits = close < 0 ? string.Empty : re2[(i + 2)..close];
            i = close < 0 ? i : close;
        }
        else
        {
            digits = i + 2 < re2.Length ? re2.Substring(i + 1, 2) : string.Empty;
            i += digits.Length;
        }

        if (digits.Length == 0 || digits.Length > 8 || !digits.All(char.IsAsciiHexDigit)
            || int.Parse(digits, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture) is var code && code > 0x10FFFF)
        {
            return "invalid escape sequence: '\\x'";
        }

        output.Append(code <= 0xFFFF ? Literal((char)code) : "\\uFFFD"); // beyond the BMP: a stand-in character
        return null;
    }

    /// <summary>A character .NET reads as itself, in or out of a class.</summary>
    private static string Literal(char c) => $"\\u{(int)c:X4}";

    /// <summary>A '[' outside a class: a ']' right after '[' or '[^' is a member, not the end.</summary>
    private static void OpenClass(string re2, ref int i, StringBuilder output)
    {
        output.Append('[');
        if (i + 1 < re2.Length && re2[i + 1] == '^')
        {
            output.Append(re2[++i]);
        }

        if (i + 1 < re2.Length && re2[i + 1] == ']')
        {
            output.Append(Literal(']'));
            i++;
        }
    }

    /// <summary>A character inside a class: a POSIX class, the closing ']', or a member copied as written.</summary>
    private static string? ClassMember(string re2, ref int i, StringBuilder output, ref bool inClass)
    {
        var c = re2[i];
        if (c == '[' && i + 1 < re2.Length && re2[i + 1] == ':' && re2.IndexOf(":]", i + 2, StringComparison.Ordinal) is var end and >= 0)
        {
            if (PosixClass(re2[(i + 2)..end]) is not { } members)
            {
                return $"'{re2[i..(end + 2)]}' is not a character class RE2 knows";
            }

            output.Append(members);
            i = end + 1;
            return null;
        }

        inClass = c != ']';
        output.Append(c == '[' ? Literal('[') : c.ToString()); // .NET reads '[' in a class as the start of a subtraction
        return null;
    }

    /// <summary>
    /// A '(' at <paramref name="i"/>: plain, <c>(?P&lt;name&gt;</c>, <c>(?flags)</c> or <c>(?flags:</c>; the Perl-only
    /// <c>(?=</c>, <c>(?!</c>, <c>(?&lt;</c>, <c>(?&gt;</c> and <c>(?#</c> are refused.
    /// </summary>
    private static string? OpenGroup(string re2, ref int i, StringBuilder output)
    {
        if (i + 1 >= re2.Length || re2[i + 1] != '?')
        {
            output.Append('(');
            return null;
        }

        i += 2;
        if (re2.AsSpan(i).StartsWith("P<"))
        {
            output.Append("(?<");
            i++;
            return null;
        }

        var flags = new StringBuilder();
        while (i < re2.Length && (char.IsAsciiLetter(re2[i]) || re2[i] == '-'))
        {
            if (re2[i] is not ('i' or 'm' or 's' or 'U' or '-'))
            {
                return $"'{re2[i]}' is not a flag RE2 knows (i, m, s, U)";
            }

            if (re2[i] != 'U')
            {
                flags.Append(re2[i]);
            }

            i++;
        }

        if (flags.Length == 0 && i < re2.Length && re2[i] is '=' or '!' or '<' or '>' or '#')
        {
            return $"'{re2[(i - 2)..(i + 1)]}' is Perl syntax that RE2 does not support";
        }

        // (?U) alone leaves .NET no flags: an empty group (?:) says the same, and its ')' closes as usual
        var kept = flags.ToString().TrimEnd('-');
        output.Append(kept.Length == 0 && i < re2.Length && re2[i] == ')' ? "(?:" : "(?" + kept);
        i--;
        return null;
    }

    /// <summary>A '{' outside a class: a repeat <c>{n}</c>, <c>{n,}</c>, <c>{n,m}</c> (at most 1000), or a literal.</summary>
    private static string? Repeat(string re2, ref int i, StringBuilder output)
    {
        if (RepeatSyntax().Match(re2, i) is not { Success: true } repeat)
        {
            output.Append(Literal('{'));
            return null;
        }

        var counts = repeat.Groups.Cast<Group>().Skip(1).Where(g => g.Success && g.Length > 0).Select(g => g.Value.TrimStart('0')).ToList();
        if (counts.Any(n => n.Length > 4 || (n.Length > 0 && int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) > MaxRepeat)))
        {
            return $"repeat count in '{repeat.Value}' is larger than {MaxRepeat}";
        }

        output.Append(repeat.Value);
        i += repeat.Length - 1;
        return null;
    }

    /// <summary>A repeat <c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c> starting exactly where the match starts; group 1 is n.</summary>
    [GeneratedRegex(@"\G\{(\d+)(?:,(\d*))?\}", RegexOptions.CultureInvariant)]
    internal static partial Regex RepeatSyntax();

    /// <summary>After <c>\p</c> or <c>\P</c> at <paramref name="i"/>: the .NET class, or null for a name Go does not know.</summary>
    private static string? UnicodeClass(string re2, ref int i, bool negated, bool inClass)
    {
        string name;
        if (i + 1 < re2.Length && re2[i + 1] == '{')
        {
            var close = re2.IndexOf('}', i + 2);
            if (close < 0)
            {
                return null;
            }

            name = re2[(i + 2)..close];
            i = close;
        }
        else if (i + 1 < re2.Length)
        {
            name = re2[++i].ToString();
        }
        else
        {
            return null;
        }

        if (name.StartsWith('^'))
        {
            negated = !negated;
            name = name[1..];
        }

        if (Categories.Contains(name))
        {
            return $"\\{(negated ? 'P' : 'p')}{{{name}}}";
        }

        var ranges = name switch
        {
            "Any" => "\\u0000-\\uFFFF",
            "Latin" => "A-Za-z\\u00AA\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF",
            "Common" => "\\u0000-\\u0040\\u005B-\\u0060\\u007B-\\u00A9\\u00AB-\\u00B9\\u00BB-\\u00BF\\u00D7\\u00F7",
            "Inherited" => "\\u0300-\\u036F\\u1AB0-\\u1AFF\\u20D0-\\u20FF",
            _ when Scripts.Contains(name) => "\\u0080-\\uFFFF",
            _ => null,
        };
        if (ranges is null)
        {
            return null;
        }

        // inside a class a negated script cannot be spelled; any character stands in for it
        return inClass ? (negated ? "\\u0000-\\uFFFF" : ranges) : $"[{(negated ? "^" : string.Empty)}{ranges}]";
    }

    /// <summary>
    /// The ASCII ranges of a POSIX class name (<c>alpha</c>, <c>^digit</c>), which .NET does not know; null for a name
    /// RE2 does not know. A negated one cannot be spelled inside a class, so any character stands in for it.
    /// </summary>
    private static string? PosixClass(string name)
    {
        var negated = name.StartsWith('^');
        var ranges = (negated ? name[1..] : name) switch
        {
            "alnum" => "0-9A-Za-z",
            "alpha" => "A-Za-z",
            "ascii" => "\\x00-\\x7F",
            "blank" => "\\t ",
            "cntrl" => "\\x00-\\x1F\\x7F",
            "digit" => "0-9",
            "graph" => "!-~",
            "lower" => "a-z",
            "print" => " -~",
            "punct" => "!-/:-@\\[-`{-~",
            "space" => "\\t\\n\\v\\f\\r ",
            "upper" => "A-Z",
            "word" => "0-9A-Za-z_",
            "xdigit" => "0-9A-Fa-f",
            _ => null,
        };
        return ranges is null ? null : negated ? "\\u0000-\\uFFFF" : ranges;
    }

    /// <summary>Go's <c>unicode.Categories</c>, which .NET knows under the same names.</summary>
    private static readonly HashSet<string> Categories = new(StringComparer.Ordinal)
    {
        "C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn",
        "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk", "Sm", "So",
        "Z", "Zl", "Zp", "Zs",
    };

    /// <summary>Go's <c>unicode.Scripts</c> (Unicode 15) other than Latin, Common and Inherited.</summary>
    private static readonly HashSet<string> Scripts = new(StringComparer.Ordinal)
    {
        "Adlam", "Ahom", "Anatolian_Hieroglyphs", "Arabic", "Armenian", "Avestan", "Balinese", "Bamum", "Bassa_Vah",
        "Batak", "Bengali", "Bhaiksuki", "Bopomofo", "Brahmi", "Braille", "Buginese", "Buhid", "Canadian_Aboriginal",
        "Carian", "Caucasian_Albanian", "Chakma", "Cham", "Cherokee", "Chorasmian", "Coptic", "Cuneiform", "Cypriot",
        "Cypro_Minoan", "Cyrillic", "Deseret", "Devanagari", "Dives_Akuru", "Dogra", "Duployan", "Egyptian_Hieroglyphs",
        "Elbasan", "Elymaic", "Ethiopic", "Georgian", "Glagolitic", "Gothic", "Grantha", "Greek", "Gujarati",
        "Gunjala_Gondi", "Gurmukhi", "Han", "Hangul", "Hanifi_Rohingya", "Hanunoo", "Hatran", "Hebrew", "Hiragana",
        "Imperial_Aramaic", "Inscriptional_Pahlavi", "Inscriptional_Parthian", "Javanese", "Kaithi", "Kannada",
        "Katakana", "Kawi", "Kayah_Li", "Kharoshthi", "Khitan_Small_Script", "Khmer", "Khojki", "Khudawadi", "Lao",
        "Lepcha", "Limbu", "Linear_A", "Linear_B", "Lisu", "Lycian", "Lydian", "Mahajani", "Makasar", "Malayalam",
        "Mandaic", "Manichaean", "Marchen", "Masaram_Gondi", "Medefaidrin", "Meetei_Mayek", "Mende_Kikakui",
        "Meroitic_Cursive", "Meroitic_Hieroglyphs", "Miao", "Modi", "Mongolian", "Mro", "Multani", "Myanmar",
        "Nabataean", "Nag_Mundari", "Nandinagari", "New_Tai_Lue", "Newa", "Nko", "Nushu", "Nyiakeng_Puachue_Hmong",
        "Ogham", "Ol_Chiki", "Old_Hungarian", "Old_Italic", "Old_North_Arabian", "Old_Permic", "Old_Persian",
        "Old_Sogdian", "Old_South_Arabian", "Old_Turkic", "Old_Uyghur", "Oriya", "Osage", "Osmanya", "Pahawh_Hmong",
        "Palmyrene", "Pau_Cin_Hau", "Phags_Pa", "Phoenician", "Psalter_Pahlavi", "Rejang", "Runic", "Samaritan",
        "Saurashtra", "Sharada", "Shavian", "Siddham", "SignWriting", "Sinhala", "Sogdian", "Sora_Sompeng", "Soyombo",
        "Sundanese", "Syloti_Nagri", "Syriac", "Tagalog", "Tagbanwa", "Tai_Le", "Tai_Tham", "Tai_Viet", "Takri",
        "Tamil", "Tangsa", "Tangut", "Telugu", "Thaana", "Thai", "Tibetan", "Tifinagh", "Tirhuta", "Toto", "Ugaritic",
        "Vai", "Vithkuqi", "Wancho", "Warang_Citi", "Yezidi", "Yi", "Zanabazar_Square",
    };
}
