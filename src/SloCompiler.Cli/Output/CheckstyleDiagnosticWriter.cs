using System.Globalization;
using System.Text;
using System.Xml;
using SloCompiler.Diagnostics;

namespace SloCompiler.Cli.Output;

/// <summary>
/// Checkstyle XML (<c>&lt;checkstyle&gt;&lt;file name&gt;&lt;error line column severity message source/&gt;</c>),
/// the format Jenkins' warnings-ng, GitLab code-quality converters and reviewdog read. One
/// <c>file</c> element per file in diagnostic order; <c>source</c> is <c>slo.CODE</c>. Control
/// characters, which XML 1.0 cannot hold at all, are neutralised (<see cref="TerminalText"/>).
/// </summary>
internal static class CheckstyleDiagnosticWriter
{
    public static string Write(IReadOnlyList<Diagnostic> diagnostics)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(false),
            OmitXmlDeclaration = true,
        };
        text.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        using (var xml = XmlWriter.Create(text, settings))
        {
            xml.WriteStartElement("checkstyle");
            xml.WriteAttributeString("version", "4.3");
            foreach (var file in diagnostics.GroupBy(d => d.Span.File.Path, StringComparer.Ordinal))
            {
                xml.WriteStartElement("file");
                xml.WriteAttributeString("name", TerminalText.Neutralize(file.Key));
                foreach (var diagnostic in file)
                {
                    var start = diagnostic.Span.StartPosition;
                    xml.WriteStartElement("error");
                    xml.WriteAttributeString("line", start.Line.ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("column", start.Column.ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("severity", diagnostic.Severity switch
                    {
                        DiagnosticSeverity.Error => "error",
                        DiagnosticSeverity.Warning => "warning",
                        _ => "info",
                    });
                    xml.WriteAttributeString("message", TerminalText.Neutralize($"{diagnostic.Code} {diagnostic.Message}"));
                    xml.WriteAttributeString("source", $"slo.{diagnostic.Code}");
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return text.Append('\n').ToString();
    }
}
