using System.Text.RegularExpressions;

namespace SloCompiler.Checking;

/// <summary>
/// Credentials that show themselves by their shape, found anywhere in a piece of text: vendor tokens with a
/// known prefix (Slack <c>xoxb-</c>, GitHub <c>ghp_</c>, GitLab, AWS, Stripe), private keys, JWTs, bearer tokens,
/// URLs with a password (also scheme-relative <c>//user:pass@host</c>) and URLs whose query, fragment or
/// <c>;</c> parameters carry a secret-named value. Every pattern runs on .NET's linear-time engine: the text is
/// the user's and may be hostile.
/// </summary>
internal static class SecretPatterns
{
    private const RegexOptions Linear = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly (Regex Pattern, string What)[] Patterns =
    [
        (new Regex(@"xox[abposre]-[A-Za-z0-9-]{10,}", Linear), "a Slack token"),
        (new Regex(@"hooks\.slack\.com/(services|workflows|triggers)/[A-Za-z0-9_/-]{10,}", Linear | RegexOptions.IgnoreCase), "a Slack webhook URL"),
        (new Regex(@"(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}", Linear), "a GitHub token"),
        (new Regex(@"glpat-[A-Za-z0-9_-]{20,}", Linear), "a GitLab token"),
        (new Regex(@"\b(AKIA|ASIA)[0-9A-Z]{16}\b", Linear), "an AWS access key"),
        (new Regex(@"[sr]k_live_[A-Za-z0-9]{16,}", Linear), "a Stripe key"),
        (new Regex(@"-----BEGIN [A-Z ]*PRIVATE KEY-----", Linear), "a private key"),
        (new Regex(@"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}", Linear), "a JSON web token"),
        (new Regex(@"[Bb]earer +[A-Za-z0-9._~+/-]{20,}", Linear), "a bearer token"),
        (new Regex(@"//[^/?#@\s:]+:[^/?#@\s]+@", Linear), "a URL with a password"),
        (new Regex(
            @"[a-zA-Z][a-zA-Z0-9+.-]*://[^\s]*[?&#;](access_token|token|api_key|apikey|api-key|key|secret|client_secret|password|passwd|pwd|auth|sig|signature|private_token|routing_key|integration_key)=[^&#;\s]+",
            Linear | RegexOptions.IgnoreCase), "a URL carrying a token"),
    ];

    /// <summary>The first credential in <paramref name="text"/>: where it is and what it looks like; null when there is none.</summary>
    public static (int Index, int Length, string What)? Find(string text)
    {
        (int Index, int Length, string What)? first = null;
        foreach (var (pattern, what) in Patterns)
        {
            var match = pattern.Match(text);
            if (match.Success && (first is null || match.Index < first.Value.Index))
            {
                first = (match.Index, match.Length, what);
            }
        }

        return first;
    }
}
