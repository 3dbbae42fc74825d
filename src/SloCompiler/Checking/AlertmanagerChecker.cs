using System.Text.RegularExpressions;
using SloCompiler.Diagnostics;
using SloCompiler.Model;
using SloCompiler.Syntax;

namespace SloCompiler.Checking;

/// <summary>
/// Checks the Alertmanager declarations of all files (SLO170–SLO189) and resolves them into an
/// <see cref="AlertmanagerModel"/>. <see cref="ProgramChecker"/> calls it after the services are
/// resolved, because tiers must name declared receivers and time intervals.
/// </summary>
internal static partial class AlertmanagerChecker
{
    /// <summary>The generated catch-all receiver; it has no integrations, so nothing reaching it is ever sent.</summary>
    public const string DefaultReceiver = "slo-default";

    internal static AlertmanagerModel Check(
        IReadOnlyList<SloDocumentSyntax> documents, IReadOnlyList<ServiceModel> services, DiagnosticBag diagnostics)
    {
        var receivers = CheckReceivers(documents.SelectMany(d => d.Receivers), diagnostics);
        var intervals = CheckTimeIntervals(documents.SelectMany(d => d.TimeIntervals), diagnostics);
        AlertmanagerReferences.Check(documents, services, receivers.Select(r => r.Name).ToList(), intervals.Select(i => i.Name).ToList(), diagnostics);
        var downAlerts = CheckDownAlerts(documents, services, diagnostics);
        return new AlertmanagerModel(receivers, intervals, downAlerts);
    }

    internal static bool IsValidName(string name) => ValidName().IsMatch(name);

    private static List<ReceiverModel> CheckReceivers(IEnumerable<ReceiverSyntax> declared, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, ReceiverSyntax>(StringComparer.Ordinal);
        var receivers = new List<ReceiverModel>();
        foreach (var receiver in declared)
        {
            var name = receiver.Name.Value;
            if (seen.TryGetValue(name, out var first))
            {
                diagnostics.Report(DiagnosticDescriptors.DuplicateReceiver, receiver.Name.Span, name, first.Name.Span.ToString());
                continue;
            }

            seen[name] = receiver;
            var valid = true;
            if (name == DefaultReceiver)
            {
                diagnostics.Report(DiagnosticDescriptors.ReservedReceiverName, receiver.Name.Span, name);
                valid = false;
            }
            else if (!IsValidName(name))
            {
                diagnostics.Report(DiagnosticDescriptors.InvalidName, receiver.Name.Span, name, "receiver");
                valid = false;
            }

            var integrations = new List<ReceiverIntegration>();
            foreach (var integration in receiver.Integrations)
            {
                if (AlertmanagerReceiverRules.Kind(integration.Type.Value) is not { } kind)
                {
                    diagnostics.Report(DiagnosticDescriptors.UnknownReceiverType, integration.Type.Span, name, integration.Type.Value);
                    valid = false;
                }
                else if (CheckSettings(receiver, integration, kind, diagnostics) is { } settings)
                {
                    integrations.Add(new ReceiverIntegration(kind, settings, integration.Type.Span));
                }
                else
                {
                    valid = false;
                }
            }

            if (valid)
            {
                receivers.Add(new ReceiverModel(name, integrations));
            }
        }

        return receivers.OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Null when any setting is wrong (each problem reported).</summary>
    private static List<KeyValuePair<string, string>>? CheckSettings(
        ReceiverSyntax receiver, ReceiverIntegrationSyntax integration, ReceiverKind kind, DiagnosticBag diagnostics)
    {
        var name = receiver.Name.Value;
        var allowed = AlertmanagerReceiverRules.AllowedKeys(kind);
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var ok = true;

        // An inline secret already says which file key to use; "needs routing_key_file" on top would repeat it.
        var suggested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in integration.Settings.Select(s => (s.Key, s.Value)))
        {
            if (AlertmanagerReceiverRules.InlineSecretKeys.TryGetValue(key.Value, out var fileKey))
            {
                diagnostics.Report(DiagnosticDescriptors.InlineSecret, key.Span, name, $"'{key.Value}'", fileKey);
                suggested.Add(fileKey);
                ok = false;
                continue;
            }

            if (!allowed.Contains(key.Value, StringComparer.Ordinal))
            {
                diagnostics.Report(DiagnosticDescriptors.UnknownReceiverSetting, key.Span, key.Value, AlertmanagerReceiverRules.TypeName(kind), string.Join(", ", allowed));
                ok = false;
                continue;
            }

            if (settings.ContainsKey(key.Value))
            {
                diagnostics.Report(DiagnosticDescriptors.DuplicateSetting, key.Span, key.Value);
                ok = false;
                continue;
            }

            ok &= CheckValue(receiver, kind, key, value, diagnostics);
            settings[key.Value] = value.Value;
        }

        foreach (var (anyOf, describe) in AlertmanagerReceiverRules.Required(kind))
        {
            if (anyOf.Count(settings.ContainsKey) != 1 && !anyOf.Any(suggested.Contains))
            {
                diagnostics.Report(DiagnosticDescriptors.MissingReceiverSetting, receiver.Name.Span, name, AlertmanagerReceiverRules.TypeName(kind),
                    anyOf.Length > 1 ? $"exactly one of {describe}" : describe);
                ok = false;
            }
        }

        return ok ? settings.ToList() : null;
    }

    private static bool CheckValue(ReceiverSyntax receiver, ReceiverKind kind, Spanned<string> key, Spanned<string> value, DiagnosticBag diagnostics)
    {
        var name = receiver.Name.Value;
        if (AlertmanagerReceiverRules.FileKeys.Contains(key.Value))
        {
            if (value.Value.StartsWith('/'))
            {
                return true;
            }

            diagnostics.Report(DiagnosticDescriptors.RelativeSecretPath, value.Span, key.Value, name, value.Value);
            return false;
        }

        if (AlertmanagerReceiverRules.TemplateKeys.Contains(key.Value))
        {
            if (AlertmanagerReceiverRules.IsTemplateName(value.Value))
            {
                return true;
            }

            diagnostics.Report(DiagnosticDescriptors.InvalidTemplateName, value.Span, key.Value, name, value.Value);
            return false;
        }

        if (AlertmanagerReceiverRules.SecretLooking(value.Value) is { } what)
        {
            diagnostics.Report(DiagnosticDescriptors.InlineSecret, value.Span, name,
                $"the value of '{key.Value}' (it looks like {what})", AlertmanagerReceiverRules.SecretFileKey(kind));
            return false;
        }

        var problem = key.Value switch
        {
            "send_resolved" when value.Value is not ("true" or "false") => "must be true or false",
            "to" or "from" when !value.Value.Contains('@', StringComparison.Ordinal) => "must be an email address",
            "smarthost" when !SmartHost().IsMatch(value.Value) => "must be host:port, e.g. smtp.example.com:587",
            _ when value.Value.Length == 0 => "must not be empty",
            _ => null,
        };
        if (problem is not null)
        {
            diagnostics.Report(DiagnosticDescriptors.InvalidReceiverSetting, value.Span, key.Value, name, problem);
        }

        return problem is null;
    }

    private static List<TimeIntervalModel> CheckTimeIntervals(IEnumerable<TimeIntervalSyntax> declared, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, TimeIntervalSyntax>(StringComparer.Ordinal);
        var intervals = new List<TimeIntervalModel>();
        foreach (var interval in declared)
        {
            var name = interval.Name.Value;
            if (seen.TryGetValue(name, out var first))
            {
                diagnostics.Report(DiagnosticDescriptors.DuplicateTimeInterval, interval.Name.Span, name, first.Name.Span.ToString());
                continue;
            }

            seen[name] = interval;
            var ok = true;
            if (!IsValidName(name))
            {
                diagnostics.Report(DiagnosticDescriptors.InvalidName, interval.Name.Span, name, "time interval");
                ok = false;
            }

            var days = new List<WeekdayRange>();
            foreach (var day in interval.Weekdays)
            {
                if (AlertmanagerTimeParser.Weekdays(day.Value) is { } range)
                {
                    days.Add(range);
                }
                else
                {
                    diagnostics.Report(DiagnosticDescriptors.InvalidWeekday, day.Span, day.Value);
                    ok = false;
                }
            }

            var times = new List<TimeOfDayRange>();
            foreach (var time in interval.Times)
            {
                if (AlertmanagerTimeParser.Times(time.Value) is { } range)
                {
                    times.Add(range);
                }
                else
                {
                    diagnostics.Report(DiagnosticDescriptors.InvalidTimeRange, time.Span, time.Value);
                    ok = false;
                }
            }

            if (interval.Location is { } location && !AlertmanagerTimeParser.IsLocation(location.Value))
            {
                diagnostics.Report(DiagnosticDescriptors.InvalidLocation, location.Span, location.Value);
                ok = false;
            }

            if (interval.Weekdays.Count == 0 && interval.Times.Count == 0)
            {
                diagnostics.Report(DiagnosticDescriptors.EmptyTimeInterval, interval.Name.Span, name);
            }

            if (ok)
            {
                intervals.Add(new TimeIntervalModel(name, days, times, interval.Location?.Value));
            }
        }

        return intervals.OrderBy(i => i.Name, StringComparer.Ordinal).ToList();
    }

    private static List<DownAlertModel> CheckDownAlerts(IReadOnlyList<SloDocumentSyntax> documents, IReadOnlyList<ServiceModel> services, DiagnosticBag diagnostics)
    {
        var known = services.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var downAlerts = new List<DownAlertModel>();
        foreach (var service in documents.SelectMany(d => d.Services))
        {
            if (service.DownAlert is not { } alert)
            {
                continue;
            }

            if (!AlertNameRules.ValidAlertName().IsMatch(alert.Value))
            {
                diagnostics.Report(DiagnosticDescriptors.InvalidAlertName, alert.Span, alert.Value);
            }
            else if (known.Contains(service.Name.Value))
            {
                downAlerts.Add(new DownAlertModel(service.Name.Value, alert.Value, alert.Span));
            }
        }

        return downAlerts.DistinctBy(d => d.Service).OrderBy(d => d.Service, StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex("^[a-z][a-z0-9_-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidName();

    [GeneratedRegex(@"^[A-Za-z0-9.-]+:[0-9]{1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex SmartHost();
}
