namespace SloCompiler.Model;

/// <summary>
/// What one event of an SLI is (<c>unit messages</c>), in the words plain-language output uses: English
/// singular and plural, Spanish plural and its gender (Spanish agrees articles and adjectives with it:
/// "el 99% de <b>los mensajes</b> … <b>cuántos</b>", "de <b>las solicitudes</b> … <b>cuántas</b>").
/// A fixed list rather than free text, so every output reads as grammatical in both languages.
/// </summary>
public sealed record EventUnit(string Name, string EnglishSingular, string EnglishPlural, string SpanishPlural, bool SpanishFeminine)
{
    public static readonly EventUnit Requests = new("requests", "request", "requests", "solicitudes", true);

    public static readonly EventUnit Events = new("events", "event", "events", "eventos", false);

    /// <summary>Every unit <c>unit</c> accepts, by name.</summary>
    public static readonly IReadOnlyDictionary<string, EventUnit> Known = new[]
    {
        Requests,
        new EventUnit("messages", "message", "messages", "mensajes", false),
        new EventUnit("calls", "call", "calls", "llamadas", true),
        new EventUnit("commands", "command", "commands", "comandos", false),
        Events,
        new EventUnit("jobs", "job", "jobs", "trabajos", false),
        new EventUnit("queries", "query", "queries", "consultas", true),
        new EventUnit("transactions", "transaction", "transactions", "transacciones", true),
        new EventUnit("payments", "payment", "payments", "pagos", false),
        new EventUnit("orders", "order", "orders", "pedidos", false),
        new EventUnit("bookings", "booking", "bookings", "reservas", true),
        new EventUnit("logins", "login", "logins", "inicios de sesión", false),
        new EventUnit("sessions", "session", "sessions", "sesiones", true),
        new EventUnit("emails", "email", "emails", "correos", false),
        new EventUnit("notifications", "notification", "notifications", "notificaciones", true),
        new EventUnit("tasks", "task", "tasks", "tareas", true),
        new EventUnit("checks", "check", "checks", "comprobaciones", true),
        new EventUnit("searches", "search", "searches", "búsquedas", true),
        new EventUnit("uploads", "upload", "uploads", "subidas", true),
        new EventUnit("downloads", "download", "downloads", "descargas", true),
        new EventUnit("deployments", "deployment", "deployments", "despliegues", false),
        new EventUnit("records", "record", "records", "registros", false),
        new EventUnit("files", "file", "files", "archivos", false),
        new EventUnit("batches", "batch", "batches", "lotes", false),
        new EventUnit("predictions", "prediction", "predictions", "predicciones", true),
        new EventUnit("applications", "application", "applications", "solicitudes", true),
    }.ToDictionary(u => u.Name, StringComparer.Ordinal);

    /// <summary>"las solicitudes", "los mensajes".</summary>
    public string SpanishWithArticle => (SpanishFeminine ? "las " : "los ") + SpanishPlural;

    /// <summary>An adjective or pronoun agreeing with the Spanish noun: <c>Agree("cuántas", "cuántos")</c>.</summary>
    public string Agree(string feminine, string masculine) => SpanishFeminine ? feminine : masculine;
}
