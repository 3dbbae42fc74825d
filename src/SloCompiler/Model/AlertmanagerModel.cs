using SloCompiler.Text;

namespace SloCompiler.Model;

/// <summary>
/// The checked Alertmanager declarations of a compilation. <see cref="Empty"/> (no receivers) means
/// no Alertmanager file is generated: nothing says where alerts should go.
/// </summary>
public sealed record AlertmanagerModel(
    IReadOnlyList<ReceiverModel> Receivers,
    IReadOnlyList<TimeIntervalModel> TimeIntervals,
    IReadOnlyList<DownAlertModel> DownAlerts)
{
    public static AlertmanagerModel Empty { get; } = new([], [], []);

    public bool HasReceivers => Receivers.Count > 0;

    /// <summary>
    /// Whether several services declare the same down alert (a generic <c>InstanceDown</c>, say): then only the
    /// alert's <c>service</c> label tells which service is down, so the inhibition must match it too.
    /// </summary>
    public bool IsShared(DownAlertModel down) => DownAlerts.Count(d => d.AlertName == down.AlertName) > 1;
}

public enum ReceiverKind
{
    PagerDuty,
    Slack,
    Email,
    Webhook,
    Opsgenie,
    MsTeams,
}

/// <summary>A receiver and the ways it notifies, in written order (the seeds' "Email + Slack" is two).</summary>
public sealed record ReceiverModel(string Name, IReadOnlyList<ReceiverIntegration> Integrations);

/// <summary>
/// One way of notifying, with its settings in Alertmanager's spelling (<c>routing_key_file</c>,
/// <c>channel</c>), sorted by key. Secrets are only ever file paths. <see cref="Span"/> is the type where it
/// is written, for the diagnostic when the target Alertmanager is too old for it.
/// </summary>
public sealed record ReceiverIntegration(ReceiverKind Kind, IReadOnlyList<KeyValuePair<string, string>> Settings, SourceSpan Span = default);

/// <summary>
/// A named interval: <c>weekdays mon..fri 09:00-18:00 America/Lima</c>. Empty lists mean "any day" /
/// "all day", as in Alertmanager.
/// </summary>
public sealed record TimeIntervalModel(
    string Name,
    IReadOnlyList<WeekdayRange> Weekdays,
    IReadOnlyList<TimeOfDayRange> Times,
    string? Location);

/// <summary>Days from <see cref="First"/> to <see cref="Last"/>, Monday first (a single day when equal).</summary>
public sealed record WeekdayRange(DayOfWeek First, DayOfWeek Last);

/// <summary>Minutes since midnight; <see cref="EndMinute"/> may be 1440 (24:00).</summary>
public sealed record TimeOfDayRange(int StartMinute, int EndMinute)
{
    public static string Format(int minute) => $"{minute / 60:00}:{minute % 60:00}";
}

/// <summary>
/// An alert that means <see cref="Service"/> is down: while it fires, the service's SLO alerts are inhibited.
/// <see cref="Span"/> is the alert's name where the service declares it.
/// </summary>
public sealed record DownAlertModel(string Service, string AlertName, SourceSpan Span);
