using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SloCompiler.Tests.Support;

/// <summary>
/// A throwaway certificate authority and a server certificate it signed for 127.0.0.1 (IP SAN), made with
/// .NET's <see cref="CertificateRequest"/> and written as PEM files into a folder: <c>ca.pem</c>,
/// <c>server.pem</c> and <c>server-key.pem</c> (PKCS#8), the files Prometheus' <c>tls_server_config</c> reads.
/// </summary>
internal sealed record TestCertificates(string CaFile, string CertificateFile, string KeyFile)
{
    public static TestCertificates Create(string folder, string name = "")
    {
        var notBefore = DateTimeOffset.UtcNow.AddHours(-1);
        var notAfter = DateTimeOffset.UtcNow.AddDays(2);

        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest($"CN=slo test CA {name}".TrimEnd(), caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        using var ca = caRequest.CreateSelfSigned(notBefore, notAfter);

        using var serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var serverRequest = new CertificateRequest("CN=127.0.0.1", serverKey, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        serverRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1", "Server Authentication")], false));
        serverRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        using var server = serverRequest.Create(ca, notBefore, notAfter.AddMinutes(-1), RandomNumberGenerator.GetBytes(16));

        var prefix = name.Length == 0 ? string.Empty : name + "-";
        var certificates = new TestCertificates(
            Path.Combine(folder, prefix + "ca.pem"), Path.Combine(folder, prefix + "server.pem"), Path.Combine(folder, prefix + "server-key.pem"));
        File.WriteAllText(certificates.CaFile, ca.ExportCertificatePem() + "\n");
        File.WriteAllText(certificates.CertificateFile, server.ExportCertificatePem() + "\n");
        File.WriteAllText(certificates.KeyFile, serverKey.ExportPkcs8PrivateKeyPem() + "\n");
        return certificates;
    }

    /// <summary>Whether a server's certificate chains to this CA (for the readiness probe of a TLS server).</summary>
    public bool Trusts(X509Certificate2? certificate)
    {
        if (certificate is null)
        {
            return false;
        }

        using var authority = X509Certificate2.CreateFromPem(File.ReadAllText(CaFile));
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        return chain.Build(certificate);
    }
}
