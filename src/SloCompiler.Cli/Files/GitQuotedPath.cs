using System.Text;

namespace SloCompiler.Cli.Files;

/// <summary>
/// Reads a path as git prints it in a diff header. git puts a name with a tab, a newline, a quote
/// or a backslash (and, unless <c>core.quotePath=false</c>, any non-ASCII byte) in double quotes
/// with C escapes, octal for bytes (<c>"b/caf\303\251.slo"</c>), and ends an unquoted name that
/// holds a space with a tab. The escapes are bytes of UTF-8, so they are decoded as bytes.
/// </summary>
internal static class GitQuotedPath
{
    public static string Unquote(string printed)
    {
        if (printed.Length < 2 || printed[0] != '"' || printed[^1] != '"')
        {
            return printed.TrimEnd('\t');
        }

        var bytes = new List<byte>(printed.Length);
        var inner = printed[1..^1];
        var literalStart = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] != '\\' || i + 1 >= inner.Length)
            {
                continue;
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(inner[literalStart..i]));
            var next = inner[++i];
            if (next is >= '0' and <= '3' && i + 2 < inner.Length)
            {
                bytes.Add((byte)(((next - '0') << 6) | ((inner[i + 1] - '0') << 3) | (inner[i + 2] - '0')));
                i += 2;
            }
            else
            {
                bytes.AddRange(next switch
                {
                    'a' => [0x07],
                    'b' => [0x08],
                    't' => [0x09],
                    'n' => [0x0A],
                    'v' => [0x0B],
                    'f' => [0x0C],
                    'r' => [0x0D],
                    _ => Encoding.UTF8.GetBytes(next.ToString()),
                });
            }

            literalStart = i + 1;
        }

        bytes.AddRange(Encoding.UTF8.GetBytes(inner[literalStart..]));
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
