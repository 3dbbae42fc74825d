using System.Text;

namespace SloCompiler.Catalog;

/// <summary>
/// Reads one sample line of the Prometheus text format: a metric name, an optional
/// <c>{label="value",…}</c> block with the escapes <c>\\</c>, <c>\"</c> and <c>\n</c>, and a value.
/// Hand-written: the package mirror has no exposition-format library, and the grammar is one line.
/// </summary>
internal ref struct ExpositionLineReader(string line)
{
    private int _position;

    /// <summary>The sample, or an error message saying what was expected where.</summary>
    public (string Name, List<KeyValuePair<string, string>> Labels)? Read(out string? error)
    {
        error = null;
        var name = Identifier(allowColon: true);
        if (name.Length == 0)
        {
            error = "expected a metric name at column 1";
            return null;
        }

        var labels = new List<KeyValuePair<string, string>>();
        SkipSpaces();
        if (Peek() == '{' && !ReadLabels(labels, out error))
        {
            return null;
        }

        SkipSpaces();
        if (_position >= line.Length)
        {
            error = $"expected a value after '{name}'";
            return null;
        }

        return (name, labels);
    }

    private bool ReadLabels(List<KeyValuePair<string, string>> labels, out string? error)
    {
        error = null;
        _position++;
        while (true)
        {
            SkipSpaces();
            if (Peek() == '}')
            {
                _position++;
                return true;
            }

            var label = Identifier(allowColon: false);
            SkipSpaces();
            if (label.Length == 0 || Peek() != '=')
            {
                error = $"expected label=\"value\" at column {_position + 1}";
                return false;
            }

            _position++;
            SkipSpaces();
            if (Peek() != '"' || QuotedValue() is not { } value)
            {
                error = $"expected a quoted value for label '{label}' at column {_position + 1}";
                return false;
            }

            labels.Add(new(label, value));
            SkipSpaces();
            if (Peek() == ',')
            {
                _position++;
            }
            else if (Peek() != '}')
            {
                error = $"expected ',' or '}}' at column {_position + 1}";
                return false;
            }
        }
    }

    private string? QuotedValue()
    {
        _position++;
        var value = new StringBuilder();
        while (_position < line.Length)
        {
            var c = line[_position++];
            if (c == '"')
            {
                return value.ToString();
            }

            if (c == '\\' && _position < line.Length)
            {
                var escaped = line[_position++];
                value.Append(escaped == 'n' ? '\n' : escaped);
                continue;
            }

            value.Append(c);
        }

        return null;
    }

    private string Identifier(bool allowColon)
    {
        var start = _position;
        while (_position < line.Length)
        {
            var c = line[_position];
            var ok = char.IsAsciiLetter(c) || c == '_' || (allowColon && c == ':') || (_position > start && char.IsAsciiDigit(c));
            if (!ok)
            {
                break;
            }

            _position++;
        }

        return line[start.._position];
    }

    private readonly char Peek() => _position < line.Length ? line[_position] : '\0';

    private void SkipSpaces()
    {
        while (_position < line.Length && line[_position] is ' ' or '\t')
        {
            _position++;
        }
    }
}
