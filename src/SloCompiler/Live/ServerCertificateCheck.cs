using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace SloCompiler.Live;

/// <summary>
/// Decides whether the server's TLS certificate is trusted, and remembers why it was not so the failure is one
/// plain sentence (SLO730) instead of .NET's handshake exception. Without <c>--ca-file</c> the system's trust
/// store decides; with it, the chain must end at one of the file's authorities (the system store is not asked).
/// The host name must match either way.
/// </summary>
internal sealed class ServerCertificateCheck(X509Certificate2Collection? authorities, string? caFile)
{
    /// <summary>Why the last certificate was refused, e.g. "it does not chain to a trusted authority"; null when none was.</summary>
    public string? Rejection { get; private set; }

    public bool Validate(X509Certificate? certificate, X509Chain? presented, SslPolicyErrors errors)
    {
        Rejection = Reason(certificate, presented, errors);
        return Rejection is null;
    }

    private string? Reason(X509Certificate? certificate, X509Chain? presented, SslPolicyErrors errors)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return "it sent none";
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            return "it is not made out to the URL's host name or IP address";
        }

        if (authorities is null)
        {
            return errors == SslPolicyErrors.None ? null : "it does not chain to a trusted authority";
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        // Intermediates the server sent along help build the chain; only the CA file's certificates are roots.
        if (presented is not null)
        {
            foreach (var element in presented.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        using var leaf = new X509Certificate2(certificate);
        return chain.Build(leaf) ? null : $"it does not chain to --ca-file '{caFile}'";
    }
}
