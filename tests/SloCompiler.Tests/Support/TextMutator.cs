using System.Text;

namespace SloCompiler.Tests.Support;

/// <summary>
/// Random edits of a valid source for robustness tests: deletions, insertions and replacements
/// from an alphabet that matters to the grammar, indentation, copied slices (duplicate keys,
/// nested blocks) and truncation. Seeded by the caller, so failures reproduce.
/// </summary>
internal static class TextMutator
{
    public static string Mutate(string text, Random random, int edits, string alphabet)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < edits && builder.Length > 0; i++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(6))
            {
                case 0:
                    builder.Remove(at, Math.Min(builder.Length - at, 1 + random.Next(8)));
                    break;
                case 1:
                    builder.Insert(at, alphabet[random.Next(alphabet.Length)]);
                    break;
                case 2:
                    builder[at] = alphabet[random.Next(alphabet.Length)];
                    break;
                case 3:
                    builder.Insert(at, "  ");
                    break;
                case 4:
                    var from = random.Next(builder.Length);
                    builder.Insert(at, builder.ToString(from, Math.Min(builder.Length - from, 1 + random.Next(60))));
                    break;
                default:
                    builder.Length = at;
                    break;
            }
        }

        return builder.ToString();
    }
}
