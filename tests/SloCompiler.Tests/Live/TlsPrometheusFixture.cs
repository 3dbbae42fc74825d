namespace SloCompiler.Tests.Live;

/// <summary>
/// The same Prometheus and data as <see cref="LivePrometheusFixture"/>, serving HTTPS through
/// <c>tls_server_config</c> in its <c>--web.config.file</c>, with a certificate for 127.0.0.1 signed by a
/// throwaway CA made in the test; basic auth and the <c>/prom</c> prefix as before.
/// </summary>
public sealed class TlsPrometheusFixture : LivePrometheusFixture
{
    public TlsPrometheusFixture()
        : base(tls: true)
    {
    }
}
