using System.Text;

namespace SloCompiler.Model;

/// <summary>PromQL double-quoted string literals, escaped as Prometheus prints them.</summary>
public static class PromQlString
{
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
